package org.mizani.identity.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LockoutPolicyTest {

	private final Instant now = Instant.parse("2026-11-28T10:00:00Z");
	private final LockoutPolicy policy = new LockoutPolicy(10, Duration.ofMinutes(15));

	@Test
	void countsFailuresBelowTheLimitWithoutLocking() {
		assertThat(policy.afterFailure(9, now).lock()).isFalse();
	}

	@Test
	void locksAtTheTenthConsecutiveFailureForTheConfiguredTime() {
		LockoutPolicy.Decision decision = policy.afterFailure(10, now);
		assertThat(decision.lock()).isTrue();
		assertThat(decision.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(15)));
	}

	@Test
	void limitAndDurationAreConfigurable() {
		LockoutPolicy strict = new LockoutPolicy(3, Duration.ofHours(1));
		assertThat(strict.afterFailure(3, now).lockedUntil()).isEqualTo(now.plus(Duration.ofHours(1)));
	}

	@Test
	void refusesNonsensicalConfiguration() {
		assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
	}
}
