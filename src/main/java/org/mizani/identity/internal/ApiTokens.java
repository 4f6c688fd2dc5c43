package org.mizani.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.mizani.identity.ApiTokenCreated;
import org.mizani.identity.ApiTokenRevoked;
import org.mizani.identity.UserEvent;
import org.mizani.identity.UserId;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.Transactions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for {@code /api/v1}: shown once, stored as a SHA-256 hash, expiring and
 * revocable. A token acts with its owner's current roles and institution, so it never grants
 * more than the person has.
 */
@Service
@Transactional
class ApiTokens {

	static final String PREFIX = "mzn_";
	static final int MAX_ACTIVE_PER_USER = 20;

	private final JdbcClient jdbc;
	private final Users users;
	private final Clock clock;
	private final Duration maxValidity;
	private final ApplicationEventPublisher events;
	/** Owners of tokens checked lately, by token hash: spares the database a query per API request. */
	private final Cache<String, Users.TokenOwner> recentOwners;

	ApiTokens(JdbcClient jdbc, Users users, Clock clock, @Value("${mizani.security.api-token-max-validity}") Duration maxValidity,
			@Value("${mizani.security.api-token-cache:PT10S}") Duration cacheFor, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
		this.maxValidity = maxValidity;
		this.events = events;
		this.recentOwners = Caffeine.newBuilder().expireAfterWrite(cacheFor).maximumSize(10_000).build();
	}

	/**
	 * Any change to an account (roles, institution, deactivation, lock, sign-out everywhere, a revoked
	 * token) makes this node forget every token it trusted, so the change applies to the next request.
	 */
	@EventListener
	void forgetOwnersOn(UserEvent change) {
		forgetOwners();
	}

	/** Now, and again once the change is committed, so that no request in between keeps the old state. */
	void forgetOwners() {
		Transactions.nowAndAfterCompletion(recentOwners::invalidateAll);
	}

	IssuedApiToken issue(UUID userId, String name, int validDays) {
		if (validDays < 1 || Duration.ofDays(validDays).compareTo(maxValidity) > 0) {
			throw BusinessRuleException.onField("validDays", "token.validity", maxValidity.toDays());
		}
		long active = jdbc.sql("select count(*) from api_token where user_id = :user and revoked_at is null and expires_at > now()")
			.param("user", userId).query(Long.class).single();
		if (active >= MAX_ACTIVE_PER_USER) {
			throw new BusinessRuleException("token.too-many", MAX_ACTIVE_PER_USER);
		}
		String secret = PREFIX + Tokens.random();
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		jdbc.sql("insert into api_token (id, user_id, name, token_hash, prefix, created_at, expires_at)"
				+ " values (:id, :user, :name, :hash, :prefix, :now, :expires)")
			.param("id", id).param("user", userId).param("name", name.strip()).param("hash", Tokens.sha256(secret))
			.param("prefix", secret.substring(0, 12)).param("now", now).param("expires", now.plusDays(validDays)).update();
		UserAccount owner = users.find(userId).orElseThrow();
		events.publishEvent(new ApiTokenCreated(new UserId(userId), owner.institutionId(),
				"token '" + name.strip() + "' (" + secret.substring(0, 12) + "…), valid " + validDays + " days", Actor.current()));
		return new IssuedApiToken(list(userId).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(), secret);
	}

	@Transactional(readOnly = true)
	List<ApiTokenView> list(UUID userId) {
		return jdbc.sql("select * from api_token where user_id = :user order by created_at desc")
			.param("user", userId)
			.query((rs, n) -> {
				Instant expires = instant(rs.getObject("expires_at", OffsetDateTime.class));
				Instant revoked = instant(rs.getObject("revoked_at", OffsetDateTime.class));
				return new ApiTokenView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"),
						instant(rs.getObject("created_at", OffsetDateTime.class)), expires,
						instant(rs.getObject("last_used_at", OffsetDateTime.class)), revoked,
						ApiTokenView.stateOf(revoked, expires, clock.instant()));
			})
			.list();
	}

	void revoke(UUID userId, UUID tokenId) {
		int changed = jdbc.sql("update api_token set revoked_at = now() where id = :id and user_id = :user and revoked_at is null")
			.param("id", tokenId).param("user", userId).update();
		if (changed == 0 && list(userId).stream().noneMatch(t -> t.id().equals(tokenId))) {
			throw new NotFoundException("token");
		}
		if (changed == 1) {
			forgetOwners();
			UserAccount owner = users.find(userId).orElseThrow();
			events.publishEvent(new ApiTokenRevoked(new UserId(userId), owner.institutionId(), "token " + tokenId,
					Actor.current()));
		}
	}

	/** The active, unlocked owner of a valid token (no transaction: most answers come from memory). */
	@Transactional(propagation = Propagation.SUPPORTS)
	Optional<UserAccount> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || !Tokens.looksValid(secret.substring(PREFIX.length()))) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		String hash = Tokens.sha256(secret);
		Users.TokenOwner known = recentOwners.getIfPresent(hash);
		if (known != null && known.expires().isAfter(now)) {
			return Optional.of(known.account()).filter(a -> !a.isLocked(now));
		}
		Optional<Users.TokenOwner> owner = users.ownerOfToken(hash, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
		if (owner.isPresent() && owner.get().lastUseStale()) {
			// "last used" to the minute: a token used by many requests at once writes its row once a minute,
			// not once per request (which would queue every request of that token behind one row lock)
			jdbc.sql("update api_token set last_used_at = now() where token_hash = :hash"
					+ " and (last_used_at is null or last_used_at < now() - interval '1 minute')").param("hash", hash).update();
		}
		Optional<UserAccount> account = owner.map(Users.TokenOwner::account).filter(UserAccount::active).filter(a -> !a.isLocked(now));
		account.ifPresent(a -> recentOwners.put(hash, owner.get()));
		return account;
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}
}
