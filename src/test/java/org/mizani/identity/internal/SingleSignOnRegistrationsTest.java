package org.mizani.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SingleSignOnRegistrationsTest {

	@Test
	void offWithoutAnIssuer() {
		SingleSignOnRegistrations registrations = new SingleSignOnRegistrations(settings(null), Clock.systemUTC());
		assertThat(registrations.registration()).isNull();
		assertThat(registrations.findByRegistrationId("sso")).isNull();
	}

	@Test
	void aProviderThatCannotAnswerLeavesSignInWorkingAndIsAskedAgainAfterAMinute() throws Exception {
		java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
		com.sun.net.httpserver.HttpServer down = com.sun.net.httpserver.HttpServer.create(
				new java.net.InetSocketAddress("127.0.0.1", 0), 0);
		down.createContext("/", exchange -> {
			asked.incrementAndGet();
			exchange.sendResponseHeaders(503, -1);
			exchange.close();
		});
		down.start();
		try {
			MutableClock clock = new MutableClock();
			SingleSignOnRegistrations registrations = new SingleSignOnRegistrations(
					settings("http://127.0.0.1:" + down.getAddress().getPort() + "/realms/ega"), clock);
			assertThat(registrations.registration()).isNull();
			int first = asked.get();
			assertThat(first).isPositive();
			assertThat(registrations.findByRegistrationId("other")).isNull();
			clock.now = clock.now.plus(Duration.ofSeconds(30));
			assertThat(registrations.registration()).isNull();
			assertThat(asked.get()).as("not asked again within the minute").isEqualTo(first);
			clock.now = clock.now.plus(Duration.ofSeconds(31));
			assertThat(registrations.registration()).isNull();
			assertThat(asked.get()).as("asked again after it").isGreaterThan(first);
		}
		finally {
			down.stop(0);
		}
	}

	@Test
	void claimsAreReadWithDefaults() {
		SingleSignOnSettings settings = new SingleSignOnSettings("http://idp", "mizani", "s", null, null, " ", null, null);
		assertThat(settings.rolesClaim()).isEqualTo("roles");
		assertThat(settings.institutionClaim()).isEqualTo("institution");
		assertThat(settings.enabled()).isTrue();
	}

	private static SingleSignOnSettings settings(String issuer) {
		return new SingleSignOnSettings(issuer, "mizani", "secret", "eGA", "roles", "institution", Map.of(), List.of("otp"));
	}

	private static final class MutableClock extends Clock {

		Instant now = Instant.parse("2026-11-29T08:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
