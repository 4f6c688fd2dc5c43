package org.mizani.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.mizani.identity.MfaEnrolled;
import org.mizani.identity.MfaReset;
import org.mizani.identity.RecoveryCodeUsed;
import org.mizani.identity.RecoveryCodesRenewed;
import org.mizani.identity.UserId;
import org.mizani.platform.Actor;
import org.mizani.platform.Secrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TOTP second factor: enrolment with recovery codes, verification at sign-in, reset by an administrator. */
@Service
@Transactional
class MfaService {

	static final int RECOVERY_CODES = 10;

	private final Users users;
	private final Secrets secrets;
	private final Totp totp;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	MfaService(Users users, Secrets secrets, Totp totp, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.users = users;
		this.secrets = secrets;
		this.totp = totp;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Turns MFA on when the code proves the user's app holds the secret; returns the recovery codes
	 * to show once, or an empty list when the code is wrong.
	 */
	List<String> confirmEnrolment(UUID userId, String secret, String code) {
		if (totp.matchingStep(secret, code) < 0) {
			return List.of();
		}
		UserAccount account = users.find(userId).orElseThrow();
		users.setMfa(userId, secrets.encrypt(secret), true);
		List<String> codes = newRecoveryCodes(userId);
		events.publishEvent(new MfaEnrolled(new UserId(userId), account.institutionId(), account.email(), Actor.current()));
		return codes;
	}

	/** A current code from the user's app (never the same one twice): proof that the person at the keyboard holds the second factor. */
	boolean verifyAppCode(UUID userId, String code) {
		UserAccount account = users.find(userId).orElse(null);
		if (account == null || !account.mfaEnabled() || account.mfaSecret() == null || code == null
				|| !code.strip().matches("\\d{6}")) {
			return false;
		}
		long step = totp.matchingStep(secrets.decrypt(account.mfaSecret()), code.strip());
		return step >= 0 && users.useMfaStep(userId, step);
	}

	/** Checks a sign-in code: a TOTP code (never the same one twice) or an unused recovery code. */
	boolean verify(UUID userId, String code) {
		UserAccount account = users.find(userId).orElse(null);
		if (account == null || !account.mfaEnabled() || account.mfaSecret() == null || code == null) {
			return false;
		}
		String given = code.strip();
		if (given.matches("\\d{6}")) {
			return verifyAppCode(userId, given);
		}
		String normalized = Tokens.normalizeRecoveryCode(given);
		boolean used = jdbc.sql("update mfa_recovery_code set used_at = now() where user_id = :user"
				+ " and code_hash = :hash and used_at is null")
			.param("user", userId).param("hash", Tokens.sha256(normalized)).update() == 1;
		if (used) {
			events.publishEvent(new RecoveryCodeUsed(new UserId(userId), account.institutionId(),
					remainingRecoveryCodes(userId) + " recovery codes left", Actor.current()));
		}
		return used;
	}

	List<String> regenerateRecoveryCodes(UUID userId) {
		UserAccount account = users.find(userId).orElseThrow();
		List<String> codes = newRecoveryCodes(userId);
		events.publishEvent(new RecoveryCodesRenewed(new UserId(userId), account.institutionId(),
				RECOVERY_CODES + " new recovery codes; the old ones no longer work", Actor.current()));
		return codes;
	}

	int remainingRecoveryCodes(UUID userId) {
		return jdbc.sql("select count(*) from mfa_recovery_code where user_id = :user and used_at is null")
			.param("user", userId).query(Integer.class).single();
	}

	void reset(UserAccount account) {
		jdbc.sql("update app_user set mfa_secret = null, mfa_enabled = false, mfa_last_step = null,"
				+ " version = version + 1, updated_at = now() where id = :id").param("id", account.id()).update();
		jdbc.sql("delete from mfa_recovery_code where user_id = :user").param("user", account.id()).update();
		events.publishEvent(new MfaReset(new UserId(account.id()), account.institutionId(), account.email(), Actor.current()));
	}

	private List<String> newRecoveryCodes(UUID userId) {
		jdbc.sql("delete from mfa_recovery_code where user_id = :user").param("user", userId).update();
		List<String> codes = new ArrayList<>();
		while (codes.size() < RECOVERY_CODES) {
			String code = Tokens.recoveryCode();
			if (!codes.contains(code)) {
				codes.add(code);
				jdbc.sql("insert into mfa_recovery_code (user_id, code_hash) values (:user, :hash)")
					.param("user", userId).param("hash", Tokens.sha256(code)).update();
			}
		}
		return codes;
	}
}
