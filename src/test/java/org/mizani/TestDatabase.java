package org.mizani;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL database of one test run: a fresh embedded server by default, or, when
 * {@code MIZANI_TEST_DB_URL} points at a server, a new database created there for this run and
 * dropped at the end. Every test context of the run shares it.
 */
public final class TestDatabase {

	public record Connection(String url, String user, String password) {
	}

	private static Connection connection;

	/** System properties that make a child JVM use the parent's database (see {@code CampaignCrashIT}). */
	public static final String REUSE_URL = "mizani.test.db.reuse-url";
	public static final String REUSE_USER = "mizani.test.db.reuse-user";
	public static final String REUSE_PASSWORD = "mizani.test.db.reuse-password";

	private TestDatabase() {
	}

	public static synchronized Connection get() {
		if (connection == null && System.getProperty(REUSE_URL) != null) {
			// a child JVM started by a crash test works on its parent's database
			connection = new Connection(System.getProperty(REUSE_URL), System.getProperty(REUSE_USER),
					System.getProperty(REUSE_PASSWORD, ""));
		}
		if (connection == null) {
			String server = System.getenv("MIZANI_TEST_DB_URL");
			connection = server == null || server.isBlank() ? embedded() : throwAwayDatabaseOn(server);
		}
		return connection;
	}

	/** Whether this run uses a configured server rather than the embedded one. */
	public static boolean onServer() {
		String server = System.getenv("MIZANI_TEST_DB_URL");
		return server != null && !server.isBlank();
	}

	private static Connection embedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					// Spring closes the test contexts in its own shutdown hook at the same time; they may still
					// use the database (event publication registry), so stop it only once they are done.
					Thread.sleep(3_000);
					postgres.close();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				catch (IOException ignored) {
					// the JVM is going away; the temporary folder is removed by the next run at the latest
				}
			}));
			// as in production, the application connects as the owner of its database, not as a superuser,
			// so that row-level security holds (RowLevelSecurityIT)
			try (java.sql.Connection admin = postgres.getPostgresDatabase().getConnection()) {
				org.mizani.platform.internal.OwnerRole.create(admin, "mizani", true);
				admin.createStatement().execute("create database mizani owner mizani");
			}
			catch (SQLException e) {
				throw new IllegalStateException("Cannot create the test database", e);
			}
			return new Connection(postgres.getJdbcUrl("mizani", "mizani"), "mizani", "");
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests", e);
		}
	}

	private static Connection throwAwayDatabaseOn(String serverUrl) {
		String user = System.getenv().getOrDefault("MIZANI_TEST_DB_USER", "postgres");
		String password = System.getenv().getOrDefault("MIZANI_TEST_DB_PASSWORD", "");
		String name = "mizani_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		try (java.sql.Connection admin = DriverManager.getConnection(serverUrl, user, password)) {
			admin.createStatement().execute("create database " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot create the test database on " + serverUrl, e);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try (java.sql.Connection admin = DriverManager.getConnection(serverUrl, user, password)) {
				admin.createStatement().execute("drop database if exists " + name + " with (force)");
			}
			catch (SQLException ignored) {
				// best effort: a leftover test database is harmless
			}
		}));
		String base = serverUrl.contains("?") ? serverUrl.substring(0, serverUrl.indexOf('?')) : serverUrl;
		String url = base.substring(0, base.lastIndexOf('/') + 1) + name;
		return new Connection(url, user, password);
	}

}
