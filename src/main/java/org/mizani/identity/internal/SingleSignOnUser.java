package org.mizani.identity.internal;

import java.io.Serial;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The person the identity provider vouched for, with the Mizani user they sign in as. */
final class SingleSignOnUser extends DefaultOidcUser {

	@Serial
	private static final long serialVersionUID = 1L;

	private final SignedInUser account;
	private final boolean secondFactorDone;

	SingleSignOnUser(OidcUser person, SignedInUser account, boolean secondFactorDone) {
		super(account.authorities(), person.getIdToken(), person.getUserInfo());
		this.account = account;
		this.secondFactorDone = secondFactorDone;
	}

	SignedInUser account() {
		return account;
	}

	/** The provider asked for a second factor, so Mizani need not ask for its own. */
	boolean secondFactorDone() {
		return secondFactorDone;
	}
}
