package org.mizani.identity.internal;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A user who gave the right password but has not finished signing in: either the second factor
 * is still to be entered ({@link Step#VERIFY}) or, where MFA is required, still to be set up
 * ({@link Step#ENROL}). It grants nothing but the page of that step.
 */
final class MfaPendingAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	enum Step {
		VERIFY("MFA_VERIFY", "/login/mfa"), ENROL("MFA_ENROL", "/account/mfa/enrol");

		final String authority;
		final String page;

		Step(String authority, String page) {
			this.authority = authority;
			this.page = page;
		}
	}

	private final SignedInUser user;
	private final Step step;

	MfaPendingAuthentication(SignedInUser user, Step step) {
		super(List.of(new SimpleGrantedAuthority(step.authority)));
		this.user = user;
		this.step = step;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public SignedInUser getPrincipal() {
		return user;
	}

	@Override
	public String getName() {
		return user.getUsername();
	}

	Step step() {
		return step;
	}
}
