package org.mizani.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.mizani.platform.Rows.instant;
import org.mizani.identity.Role;
import org.mizani.identity.UserDetailsForm;
import org.mizani.identity.UserId;
import org.mizani.identity.UserQuery;
import org.mizani.identity.UserView;
import org.mizani.platform.Language;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.SqlText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Users {

	private final JdbcClient jdbc;
	private final org.mizani.platform.ListCounts counts;

	Users(JdbcClient jdbc, org.mizani.platform.ListCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	Optional<UserAccount> findByEmail(String email) {
		return jdbc.sql("select * from app_user where lower(email) = lower(:email)").param("email", email.strip())
			.query(Users::account).optional();
	}

	Optional<UserAccount> find(UUID id) {
		return jdbc.sql("select * from app_user where id = :id").param("id", id).query(Users::account).optional();
	}

	/** The owner of a live API token, when the token expires and whether its "last used" is a minute old or more. */
	record TokenOwner(UserAccount account, java.time.Instant expires, boolean lastUseStale) {
	}

	/** The owner of a live API token (not revoked, not expired), read with the token in one query. */
	Optional<TokenOwner> ownerOfToken(String tokenHash, java.time.OffsetDateTime now) {
		return jdbc.sql("""
				select u.*, t.expires_at as token_expires_at, (t.last_used_at is null or t.last_used_at < now() - interval '1 minute') as last_use_stale
				from api_token t join app_user u on u.id = t.user_id
				where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now""")
			.param("hash", tokenHash).param("now", now)
			.query((rs, n) -> new TokenOwner(account(rs, n),
					rs.getObject("token_expires_at", java.time.OffsetDateTime.class).toInstant(), rs.getBoolean("last_use_stale"))).optional();
	}

	boolean emailTaken(String email, UUID exceptId) {
		return jdbc.sql("select count(*) from app_user where lower(email) = lower(:email) and id <> :id")
			.param("email", email).param("id", exceptId == null ? new UUID(0, 0) : exceptId)
			.query(Long.class).single() > 0;
	}

	PageResult<UserView> search(UserQuery query, Paging paging) {
		StringBuilder where = new StringBuilder(" where 1=1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" and (u.email ilike :text or u.full_name ilike :text)");
			params.put("text", SqlText.containing(query.text()));
		}
		if (query.role() != null) {
			where.append(" and :role = any(u.roles)");
			params.put("role", query.role().name());
		}
		if (query.institutionId() != null) {
			where.append(" and u.institution_id = :institution");
			params.put("institution", query.institutionId());
		}
		if (query.active() != null) {
			where.append(" and u.active = :active");
			params.put("active", query.active());
		}
		long total = counts.count(jdbc, "select count(*) from app_user u" + where, params);
		List<UserView> items = jdbc.sql("select u.*, i.acronym as institution_acronym from app_user u"
				+ " left join institution i on i.id = u.institution_id" + where
				+ " order by lower(u.full_name), u.id limit :limit offset :offset")
			.params(params).param("limit", paging.size()).param("offset", paging.offset())
			.query(Users::view).list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	Optional<UserView> view(UUID id) {
		return jdbc.sql("select u.*, i.acronym as institution_acronym from app_user u"
				+ " left join institution i on i.id = u.institution_id where u.id = :id")
			.param("id", id).query(Users::view).optional();
	}

	void insert(UUID id, UserDetailsForm d, String passwordHash) {
		jdbc.sql("""
				insert into app_user (id, email, full_name, phone, institution_id, roles, preferred_language, password_hash,
				  password_changed_at)
				values (:id, :email, :fullName, :phone, :institution, cast(:roles as varchar[]), :language, :hash,
				  case when cast(:hash as varchar) is null then null else now() end)
				""")
			.param("id", id).param("email", d.email()).param("fullName", d.fullName()).param("phone", d.phone())
			.param("institution", d.institutionId()).param("roles", roles(d.roles()))
			.param("language", d.preferredLanguage().code()).param("hash", passwordHash).update();
	}

	boolean update(UUID id, UserDetailsForm d, long expectedVersion) {
		return jdbc.sql("""
				update app_user set email = :email, full_name = :fullName, phone = :phone, institution_id = :institution,
				  roles = cast(:roles as varchar[]), preferred_language = :language, version = version + 1, updated_at = now()
				where id = :id and version = :version
				""")
			.param("id", id).param("version", expectedVersion).param("email", d.email())
			.param("fullName", d.fullName()).param("phone", d.phone()).param("institution", d.institutionId())
			.param("roles", roles(d.roles())).param("language", d.preferredLanguage().code()).update() == 1;
	}

	boolean setActive(UUID id, boolean active) {
		return jdbc.sql("update app_user set active = :active, version = version + 1, updated_at = now()"
				+ " where id = :id and active <> :active").param("id", id).param("active", active).update() == 1;
	}

	void setPassword(UUID id, String hash) {
		jdbc.sql("update app_user set password_hash = :hash, password_changed_at = now(), failed_attempts = 0,"
				+ " locked_until = null, version = version + 1, updated_at = now() where id = :id")
			.param("id", id).param("hash", hash).update();
	}

	void setLanguage(UUID id, Language language) {
		jdbc.sql("update app_user set preferred_language = :language, updated_at = now() where id = :id")
			.param("id", id).param("language", language.code()).update();
	}

	/** Counts a failed sign-in and returns the new count. */
	int recordFailure(UUID id) {
		return jdbc.sql("update app_user set failed_attempts = failed_attempts + 1 where id = :id returning failed_attempts")
			.param("id", id).query(Integer.class).single();
	}

	void lock(UUID id, Instant until) {
		jdbc.sql("update app_user set locked_until = :until, failed_attempts = 0, updated_at = now() where id = :id")
			.param("id", id).param("until", OffsetDateTime.ofInstant(until, java.time.ZoneOffset.UTC)).update();
	}

	boolean unlock(UUID id) {
		return jdbc.sql("update app_user set locked_until = null, failed_attempts = 0, updated_at = now()"
				+ " where id = :id and (locked_until is not null or failed_attempts > 0)").param("id", id).update() == 1;
	}

	/** The user an identity provider's account signs in as, if it was seen before. */
	Optional<UserAccount> findBySignInIdentity(String issuer, String subject) {
		return jdbc.sql("""
				select u.* from user_sign_in_identity s join app_user u on u.id = s.user_id
				where s.issuer = :issuer and s.subject = :subject""")
			.param("issuer", issuer).param("subject", subject).query(Users::account).optional();
	}

	void linkSignInIdentity(String issuer, String subject, UUID userId) {
		jdbc.sql("""
				insert into user_sign_in_identity (issuer, subject, user_id) values (:issuer, :subject, :user)
				on conflict (issuer, subject) do update set last_used_at = now()""")
			.param("issuer", issuer).param("subject", subject).param("user", userId).update();
	}

	/** What the identity provider is the source of: name, institution and roles. */
	void updateFromIdentityProvider(UUID id, String fullName, UUID institutionId, java.util.Set<Role> roles) {
		jdbc.sql("""
				update app_user set full_name = :fullName, institution_id = :institution, roles = cast(:roles as varchar[]),
				  version = version + 1, updated_at = now() where id = :id""")
			.param("id", id).param("fullName", fullName).param("institution", institutionId)
			.param("roles", roles(roles)).update();
	}

	void recordSuccess(UUID id) {
		jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, last_sign_in_at = now() where id = :id")
			.param("id", id).update();
	}

	void setMfa(UUID id, String sealedSecret, boolean enabled) {
		jdbc.sql("update app_user set mfa_secret = :secret, mfa_enabled = :enabled, mfa_last_step = null,"
				+ " version = version + 1, updated_at = now() where id = :id")
			.param("id", id).param("secret", sealedSecret).param("enabled", enabled).update();
	}

	/** Records the time step of an accepted code; false when it (or a later one) was used already (replay). */
	boolean useMfaStep(UUID id, long step) {
		return jdbc.sql("update app_user set mfa_last_step = :step where id = :id"
				+ " and (mfa_last_step is null or mfa_last_step < :step)").param("id", id).param("step", step).update() == 1;
	}

	long count() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	private static String roles(java.util.Collection<Role> roles) {
		return SqlText.arrayLiteral(roles.stream().map(Role::name).sorted().toList());
	}

	private static String[] codes(ResultSet rs) throws SQLException {
		Array array = rs.getArray("roles");
		return (String[]) array.getArray();
	}

	private static UserAccount account(ResultSet rs, int row) throws SQLException {
		Long step = rs.getObject("mfa_last_step", Long.class);
		return new UserAccount(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("full_name"),
				rs.getString("phone"), rs.getObject("institution_id", UUID.class), UserAccount.roles(codes(rs)),
				Language.fromCode(rs.getString("preferred_language")), rs.getBoolean("active"),
				rs.getString("password_hash"), rs.getInt("failed_attempts"), instant(rs, "locked_until"),
				rs.getString("mfa_secret"), rs.getBoolean("mfa_enabled"), step,
				instant(rs, "last_sign_in_at"), rs.getLong("version"), instant(rs, "created_at"));
	}

	private static UserView view(ResultSet rs, int row) throws SQLException {
		Instant lockedUntil = instant(rs, "locked_until");
		return new UserView(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"), rs.getString("full_name"),
				rs.getString("phone"), rs.getObject("institution_id", UUID.class), rs.getString("institution_acronym"),
				UserAccount.roles(codes(rs)), Language.fromCode(rs.getString("preferred_language")),
				rs.getBoolean("active"), lockedUntil != null && lockedUntil.isAfter(Instant.now()), lockedUntil,
				rs.getBoolean("mfa_enabled"), rs.getString("password_hash") != null, instant(rs, "last_sign_in_at"),
				rs.getLong("version"), instant(rs, "created_at"));
	}
}
