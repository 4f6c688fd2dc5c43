package org.mizani.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * The request that sends a browser to the identity provider: with PKCE (RFC 7636) besides state and
 * nonce, so that a stolen authorization code is of no use; and no answer at all (a 404 rather than
 * a server error) for a registration that is unknown or whose provider cannot be reached.
 */
final class SingleSignOnRequests implements OAuth2AuthorizationRequestResolver {

	private final DefaultOAuth2AuthorizationRequestResolver resolver;

	SingleSignOnRequests(SingleSignOnRegistrations registrations) {
		this.resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
		this.resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		try {
			return resolver.resolve(request);
		}
		catch (IllegalArgumentException unknownOrUnreachable) {
			return null;
		}
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
		try {
			return resolver.resolve(request, registrationId);
		}
		catch (IllegalArgumentException unknownOrUnreachable) {
			return null;
		}
	}
}
