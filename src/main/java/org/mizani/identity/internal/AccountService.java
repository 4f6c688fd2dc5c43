package org.mizani.identity.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mizani.identity.LanguageChanged;
import org.mizani.identity.PasswordChanged;
import org.mizani.identity.PasswordResetRequested;
import org.mizani.identity.SignedOutEverywhere;
import org.mizani.identity.UserId;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What users do with their own account: passwords, reset links, language, sessions. */
@Service
@Transactional
class AccountService {

	private final Users users;
	private final PasswordPolicy policy;
	private final PasswordEncoder encoder;
	private final AccountLinks links;
	private final IdentityMail mail;
	private final SessionTerminator sessions;
	private final MfaService mfa;
	private final Reconfirmations reconfirmations;
	private final ApplicationEventPublisher events;
	private final Duration resetValidity;

	AccountService(Users users, PasswordPolicy policy, PasswordEncoder encoder, AccountLinks links, IdentityMail mail,
			SessionTerminator sessions, MfaService mfa, Reconfirmations reconfirmations, ApplicationEventPublisher events,
			@Value("${mizani.security.password-reset-validity}") Duration resetValidity) {
		this.users = users;
		this.policy = policy;
		this.encoder = encoder;
		this.links = links;
		this.mail = mail;
		this.sessions = sessions;
		this.mfa = mfa;
		this.reconfirmations = reconfirmations;
		this.events = events;
		this.resetValidity = resetValidity;
	}

	/** Changes the signed-in user's password; other sessions end, this one stays. */
	void changePassword(UUID userId, String current, String replacement, String confirmation, String keepSessionId) {
		UserAccount account = users.find(userId).orElseThrow();
		String refused = reconfirmations.refusal(userId, () -> passwordMatches(account, current), "password.current.wrong");
		if (refused != null) {
			throw BusinessRuleException.onField("currentPassword", refused);
		}
		setPassword(account, replacement, confirmation, keepSessionId, "changed by the user");
	}

	/**
	 * Starts a reset: if the address belongs to an active account, a single-use link is e-mailed.
	 * The answer to the person is the same either way.
	 */
	void requestReset(String email) {
		if (email == null || email.isBlank() || email.length() > 254) {
			return;
		}
		users.findByEmail(email).filter(UserAccount::active).ifPresent(account -> {
			mail.passwordReset(account, links.issue(account.id(), AccountLinks.Purpose.RESET, resetValidity));
			events.publishEvent(new PasswordResetRequested(new UserId(account.id()), account.institutionId(),
					account.email(), Actor.anonymous(account.email())));
		});
	}

	Optional<UserAccount> accountForLink(String token) {
		return links.peek(token).flatMap(users::find).filter(UserAccount::active);
	}

	/** Sets a new password through an e-mailed link (reset or invitation); the link is used up. */
	void resetWithLink(String token, String replacement, String confirmation) {
		UserAccount account = accountForLink(token).orElseThrow(() -> new BusinessRuleException("password.link.invalid"));
		validate(account, replacement, confirmation);
		if (links.consume(token).isEmpty()) {
			throw new BusinessRuleException("password.link.invalid");
		}
		setPassword(account, replacement, confirmation, null, "set through an e-mailed link");
	}

	void changeLanguage(UUID userId, Language language) {
		UserAccount account = users.find(userId).orElseThrow();
		if (account.preferredLanguage() != language) {
			users.setLanguage(userId, language);
			events.publishEvent(new LanguageChanged(new UserId(userId), account.institutionId(), language.code(), Actor.current()));
		}
	}

	/**
	 * How the user proves, before ending another of their sessions, that they are the account's holder and
	 * not someone at a browser left signed in: their password; for an account that signs in only
	 * through single sign-on, a code from its authenticator app; nothing where it has neither.
	 */
	Confirmation confirmation(UUID userId) {
		return confirmationOf(users.find(userId).orElseThrow());
	}

	/** Whether what was given confirms it (see {@link #confirmation}). */
	boolean confirms(UUID userId, String password, String code) {
		UserAccount account = users.find(userId).orElseThrow();
		return switch (confirmationOf(account)) {
			case PASSWORD -> passwordMatches(account, password);
			case CODE -> code != null && code.length() <= 20 && mfa.verifyAppCode(userId, code);
			case NONE -> true;
		};
	}

	private boolean passwordMatches(UserAccount account, String given) {
		return account.passwordHash() != null && given != null && given.length() <= 1000
				&& encoder.matches(given, account.passwordHash());
	}

	private static Confirmation confirmationOf(UserAccount account) {
		return account.passwordHash() != null ? Confirmation.PASSWORD
				: account.mfaEnabled() ? Confirmation.CODE : Confirmation.NONE;
	}

	enum Confirmation {
		PASSWORD, CODE, NONE
	}

	/** Ends one of the user's other sessions (a browser left signed in elsewhere); audited. */
	boolean endSession(UUID userId, String handle, String currentSessionId) {
		UserAccount account = users.find(userId).orElseThrow();
		if (handle == null || !handle.matches("[0-9a-f]{16}") || !sessions.end(account.email(), handle, currentSessionId)) {
			return false;
		}
		events.publishEvent(new org.mizani.identity.SessionEnded(new UserId(userId), account.institutionId(),
				"a session ended by the user", Actor.current()));
		return true;
	}

	java.util.List<SessionTerminator.ActiveSession> sessions(UUID userId, String currentSessionId) {
		return sessions.list(users.find(userId).orElseThrow().email(), currentSessionId);
	}

	void signOutEverywhere(UUID userId) {
		UserAccount account = users.find(userId).orElseThrow();
		int ended = sessions.endSessions(account.email(), null);
		events.publishEvent(new SignedOutEverywhere(new UserId(userId), account.institutionId(),
				ended + " sessions ended by the user", Actor.current()));
	}

	private void setPassword(UserAccount account, String replacement, String confirmation, String keepSessionId,
			String how) {
		validate(account, replacement, confirmation);
		users.setPassword(account.id(), encoder.encode(replacement));
		sessions.endSessions(account.email(), keepSessionId);
		events.publishEvent(new PasswordChanged(new UserId(account.id()), account.institutionId(), how,
				Actor.current().userId() == null ? Actor.anonymous(account.email()) : Actor.current()));
	}

	private void validate(UserAccount account, String replacement, String confirmation) {
		List<FieldProblem> problems = new java.util.ArrayList<>();
		for (String code : policy.check(replacement, account.email(), account.fullName())) {
			problems.add(new FieldProblem("newPassword", code, PasswordPolicy.MIN_LENGTH));
		}
		if (replacement != null && !replacement.equals(confirmation)) {
			problems.add(new FieldProblem("confirmPassword", "password.confirm.mismatch"));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
	}
}
