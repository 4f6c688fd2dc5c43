package org.mizani.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use, expiring links sent by e-mail (password reset, invitation). Only a hash of the
 * token is stored, so a copy of the database cannot be used to take over accounts.
 */
@Repository
class AccountLinks {

	enum Purpose {
		RESET, INVITATION
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	AccountLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Issues a new link and voids the user's earlier unused ones; returns the token to put in the e-mail. */
	String issue(UUID userId, Purpose purpose, Duration validity) {
		String token = Tokens.random();
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		jdbc.sql("update account_link set used_at = :now where user_id = :user and used_at is null")
			.param("now", now).param("user", userId).update();
		jdbc.sql("insert into account_link (id, user_id, purpose, token_hash, expires_at) values (:id, :user, :purpose, :hash, :expires)")
			.param("id", UUID.randomUUID()).param("user", userId).param("purpose", purpose.name())
			.param("hash", Tokens.sha256(token)).param("expires", now.plus(validity)).update();
		return token;
	}

	/** The user a valid (unused, unexpired) link belongs to. */
	Optional<UUID> peek(String token) {
		if (!Tokens.looksValid(token)) {
			return Optional.empty();
		}
		return jdbc.sql("select user_id from account_link where token_hash = :hash and used_at is null and expires_at > :now")
			.param("hash", Tokens.sha256(token)).param("now", OffsetDateTime.now(clock))
			.query(UUID.class).optional();
	}

	/** Uses the link up; empty when it was invalid, expired or used already (also under concurrent use). */
	Optional<UUID> consume(String token) {
		if (!Tokens.looksValid(token)) {
			return Optional.empty();
		}
		return jdbc.sql("update account_link set used_at = :now where token_hash = :hash and used_at is null"
				+ " and expires_at > :now returning user_id")
			.param("hash", Tokens.sha256(token)).param("now", OffsetDateTime.now(clock))
			.query(UUID.class).optional();
	}
}
