package org.mizani.identity.internal;

import java.time.Clock;
import java.time.Instant;

import org.mizani.identity.AccountLocked;
import org.mizani.identity.AccountUnlocked;
import org.mizani.identity.SignInFailed;
import org.mizani.identity.SignedIn;
import org.mizani.identity.UserId;
import org.mizani.platform.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins per account, locks at the policy's limit, and records each outcome in the audit trail. */
@Service
@Transactional
class SignInRecorder {

	private final Users users;
	private final LockoutPolicy lockout;
	private final ApplicationEventPublisher events;
	private final IdentityMail mail;
	private final Clock clock;

	SignInRecorder(Users users, LockoutPolicy lockout, ApplicationEventPublisher events, IdentityMail mail, Clock clock) {
		this.users = users;
		this.lockout = lockout;
		this.events = events;
		this.mail = mail;
		this.clock = clock;
	}

	/** A wrong password (or second factor) for an existing account. */
	void failed(String email, String reason) {
		users.findByEmail(email).ifPresent(account -> {
			Instant now = clock.instant();
			int failures = users.recordFailure(account.id());
			Actor actor = Actor.anonymous(account.email());
			events.publishEvent(new SignInFailed(new UserId(account.id()), account.institutionId(),
					reason + " (" + failures + "/" + lockout.maxFailures() + ")", actor));
			LockoutPolicy.Decision decision = lockout.afterFailure(failures, now);
			if (decision.lock()) {
				users.lock(account.id(), decision.lockedUntil());
				events.publishEvent(new AccountLocked(new UserId(account.id()), account.institutionId(),
						"locked until " + decision.lockedUntil() + " after " + failures + " failed sign-ins", actor));
				mail.accountLocked(account, decision.lockedUntil());
			}
		});
	}

	void succeeded(SignedInUser user, String how) {
		users.recordSuccess(user.userId());
		events.publishEvent(new SignedIn(new UserId(user.userId()), user.institutionId(), how, Actor.current()));
	}

	void unlocked(UserAccount account) {
		events.publishEvent(new AccountUnlocked(new UserId(account.id()), account.institutionId(), account.email(),
				Actor.current()));
	}

	@Transactional(readOnly = true)
	String preferredLanguage(java.util.UUID userId) {
		return users.find(userId).map(a -> a.preferredLanguage().code()).orElse("sw");
	}
}
