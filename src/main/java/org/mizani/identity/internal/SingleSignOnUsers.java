package org.mizani.identity.internal;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** Reads the person from the ID token (and the provider's user info) and maps them to their Mizani account. */
@Component
class SingleSignOnUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService provider = new OidcUserService();
	private final SingleSignOnAccounts accounts;

	SingleSignOnUsers(SingleSignOnAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcUser person = provider.loadUser(request);
		String issuer = person.getIdToken().getIssuer().toString();
		SignedInUser account = accounts.signIn(issuer, person);
		return new SingleSignOnUser(person, account, accounts.secondFactorDone(person));
	}
}
