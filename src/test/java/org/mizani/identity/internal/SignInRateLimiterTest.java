package org.mizani.identity.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInRateLimiterTest {

	@Test
	void stopsAnAccountNameAfterItsFailureBudgetWhateverTheAddress() {
		SignInRateLimiter limiter = new SignInRateLimiter(3, 100, Duration.ofMinutes(5));
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.allows("Someone@Example.org", "10.0.0." + i)).isTrue();
			limiter.recordFailure("someone@example.org", "10.0.0." + i);
		}
		assertThat(limiter.allows("SOMEONE@example.org", "10.9.9.9")).isFalse();
		assertThat(limiter.allows("other@example.org", "10.9.9.9")).isTrue();
	}

	@Test
	void stopsAnAddressAfterItsFailureBudgetWhateverTheAccount() {
		SignInRateLimiter limiter = new SignInRateLimiter(100, 2, Duration.ofMinutes(5));
		limiter.recordFailure("a@x.tz", "192.0.2.1");
		limiter.recordFailure("b@x.tz", "192.0.2.1");
		assertThat(limiter.allows("c@x.tz", "192.0.2.1")).isFalse();
		assertThat(limiter.allows("c@x.tz", "192.0.2.2")).isTrue();
	}

	@Test
	void unknownAndKnownAccountsAreTreatedAlike() {
		SignInRateLimiter limiter = new SignInRateLimiter(1, 100, Duration.ofMinutes(5));
		limiter.recordFailure(null, "192.0.2.1");
		assertThat(limiter.allows(null, "192.0.2.3")).isFalse();
	}
}
