package org.mizani.identity.internal;

import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Acting as a real (demo) user in tests: a fully signed-in session, or a personal API token. */
public final class TestLogins {

	private TestLogins() {
	}

	/** A request signed in as the user with this e-mail, as after password and second factor. */
	public static RequestPostProcessor as(ApplicationContext context, String email) {
		return authentication(authenticationOf(context, email));
	}

	public static Authentication authenticationOf(ApplicationContext context, String email) {
		UserAccount account = context.getBean(Users.class).findByEmail(email)
			.orElseThrow(() -> new IllegalArgumentException("no user " + email));
		SignedInUser user = new SignedInUser(account, false);
		user.eraseCredentials();
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
	}

	/** A fresh personal API token of the user, valid for a day. */
	public static String tokenFor(ApplicationContext context, String email) {
		UUID id = context.getBean(Users.class).findByEmail(email).orElseThrow().id();
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(authenticationOf(context, email));
		try {
			return context.getBean(ApiTokens.class).issue(id, "test", 1).secret();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	private static final java.util.Map<String, String> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * One API token per user for the whole test run (the database lives as long as the JVM), so that test
	 * classes do not run into the limit of active tokens per user.
	 */
	public static String sharedToken(ApplicationContext context, String email) {
		return SHARED.computeIfAbsent(email, e -> tokenFor(context, e));
	}

	/**
	 * Makes this node forget the token owners it trusted, as every node does once the token cache's time
	 * ({@code mizani.security.api-token-cache}) has passed: for tests that change tokens or accounts in the
	 * database directly, as another node or an administrator at the database would.
	 */
	public static void forgetCachedTokens(ApplicationContext context) {
		context.getBean(ApiTokens.class).forgetOwners();
	}

	/** The current TOTP code for a secret (what the user's authenticator app would show). */
	public static String totpCode(ApplicationContext context, String secret) {
		return context.getBean(Totp.class).code(secret, 0);
	}

	/**
	 * The code of the next time step: still accepted (one step of clock drift is allowed), and not a
	 * replay of a code already used in the current step.
	 */
	public static String nextTotpCode(ApplicationContext context, String secret) {
		return context.getBean(Totp.class).code(secret, 1);
	}

	/** A password-reset link's token for the user, as the e-mail would carry it. */
	public static String passwordLink(ApplicationContext context, UUID userId) {
		return context.getBean(AccountLinks.class).issue(userId, AccountLinks.Purpose.RESET, java.time.Duration.ofMinutes(30));
	}

	public static String demoPassword() {
		return DemoUsers.PASSWORD;
	}

	/** A new user with a password (no invitation mail), for tests that change or lock accounts. */
	public static UUID createUser(ApplicationContext context, String email, org.mizani.identity.Role role,
			String institutionAcronym, String password) {
		UUID institution = institutionAcronym == null ? null
				: context.getBean(org.mizani.institution.InstitutionManagement.class).findByAcronym(institutionAcronym)
					.orElseThrow().value();
		UUID id = UUID.randomUUID();
		context.getBean(Users.class).insert(id, new org.mizani.identity.UserDetailsForm("Test User", email, null, institution,
				java.util.Set.of(role), org.mizani.platform.Language.EN),
				context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class).encode(password));
		return id;
	}
}
