package org.mizani.platform.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.mizani.platform.ActorDetails;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands out the pool's connections marked with the tenant of the request that takes them
 * ({@code mizani.tenant}), which the row-level security policies of PostgreSQL read
 * (migration {@code platform_row_level_security}): an institution user's institution, or
 * {@code all}. A connection remembers its mark, so it is set again only when the tenant changes.
 */
final class TenantConnections extends DelegatingDataSource implements AutoCloseable {

	static final String ALL = "all";

	/** The mark each physical connection holds (weak keys: a connection the pool closes is forgotten). */
	private final Cache<Object, String> marks = Caffeine.newBuilder().weakKeys().build();

	TenantConnections(DataSource pool) {
		super(pool);
	}

	@Override
	public Connection getConnection() throws SQLException {
		String tenant = currentTenant();
		return marked(super.getConnection(), tenant);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		String tenant = currentTenant();
		return marked(super.getConnection(username, password), tenant);
	}

	private Connection marked(Connection connection, String tenant) throws SQLException {
		try {
			Object physical = connection.isWrapperFor(org.postgresql.PGConnection.class)
					? connection.unwrap(org.postgresql.PGConnection.class) : connection;
			boolean remembered = connection.getAutoCommit() && tenant.equals(marks.getIfPresent(physical));
			if (!remembered) {
				try (PreparedStatement set = connection.prepareStatement("select set_config('mizani.tenant', ?, false)")) {
					set.setString(1, tenant);
					set.execute();
				}
				if (connection.getAutoCommit()) {
					marks.put(physical, tenant);
				}
			}
			return connection;
		}
		catch (SQLException | RuntimeException e) {
			connection.close();
			throw e;
		}
	}

	/**
	 * Whose rows the current thread may see: its institution for an institution user, else everyone's.
	 * Asked before a connection is taken, because the question itself may need one: the security
	 * context of a web request is read lazily from its session, which is in the database (and that
	 * nested read, of the unwalled session table, is marked {@code all}).
	 */
	static String currentTenant() {
		if (RESOLVING.get() != null) {
			return ALL;
		}
		RESOLVING.set(Boolean.TRUE);
		try {
			Authentication auth = SecurityContextHolder.getContext().getAuthentication();
			if (auth != null && auth.getPrincipal() instanceof ActorDetails actor && !actor.authoritySide()
					&& actor.institutionId() != null && !actor.roleCodes().contains("PARTNER")) {
				return actor.institutionId().toString();
			}
			return ALL;
		}
		finally {
			RESOLVING.remove();
		}
	}

	private static final ThreadLocal<Boolean> RESOLVING = new ThreadLocal<>();

	@Override
	public void close() throws Exception {
		if (getTargetDataSource() instanceof AutoCloseable pool) {
			pool.close();
		}
	}
}
