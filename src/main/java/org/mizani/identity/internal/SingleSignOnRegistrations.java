package org.mizani.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * The one identity provider, read from its discovery document when first needed rather than at
 * start-up, so that Mizani starts (and local accounts sign in) while the provider is down. After a
 * failure it asks again at most once a minute.
 */
@Component
class SingleSignOnRegistrations implements ClientRegistrationRepository {

	private static final Logger log = LoggerFactory.getLogger(SingleSignOnRegistrations.class);
	private static final Duration RETRY_AFTER = Duration.ofMinutes(1);

	private final SingleSignOnSettings settings;
	private final Clock clock;
	private volatile @Nullable ClientRegistration registration;
	private volatile Instant nextAttempt = Instant.MIN;

	SingleSignOnRegistrations(SingleSignOnSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
		return SingleSignOnSettings.REGISTRATION.equals(registrationId) ? registration() : null;
	}

	/** The provider's registration, or null while single sign-on is off or the provider cannot be reached. */
	@Nullable ClientRegistration registration() {
		ClientRegistration known = registration;
		if (known != null || !settings.enabled()) {
			return known;
		}
		synchronized (this) {
			if (registration == null && !clock.instant().isBefore(nextAttempt)) {
				try {
					registration = ClientRegistrations.fromIssuerLocation(settings.issuer())
						.registrationId(SingleSignOnSettings.REGISTRATION)
						.clientId(settings.clientId())
						.clientSecret(settings.clientSecret())
						.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
						.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
						.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
						.scope("openid", "profile", "email")
						.clientName(settings.name() == null ? "" : settings.name())
						.build();
				}
				catch (RuntimeException e) {
					nextAttempt = clock.instant().plus(RETRY_AFTER);
					log.warn("The identity provider {} cannot be reached: {}", settings.issuer(), e.getMessage());
				}
			}
			return registration;
		}
	}
}
