package org.mizani.identity.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * When repeated failed sign-ins lock an account, and for how long. Follows NIST SP 800-63B §5.2.2
 * (rate limiting): a limit on consecutive failures per account, configurable, 10 by default.
 */
record LockoutPolicy(int maxFailures, Duration lockDuration) {

	LockoutPolicy {
		if (maxFailures < 1) {
			throw new IllegalArgumentException("maxFailures must be at least 1");
		}
		if (lockDuration.isNegative() || lockDuration.isZero()) {
			throw new IllegalArgumentException("lockDuration must be positive");
		}
	}

	/** The decision after one more failure, given how many consecutive failures there now are. */
	Decision afterFailure(int consecutiveFailures, Instant now) {
		return consecutiveFailures >= maxFailures ? new Decision(true, now.plus(lockDuration)) : new Decision(false, null);
	}

	record Decision(boolean lock, Instant lockedUntil) {
	}
}
