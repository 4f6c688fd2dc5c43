package org.mizani.platform.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server Mizani starts for itself when no database server is configured: the same
 * PostgreSQL as in production, with its files under the data folder so that a second start finds
 * them again.
 *
 * <p>If the previous Java process was killed (no shutdown hook ran), its PostgreSQL process may
 * still be running, or its {@code postmaster.pid} may be left behind. Both are recovered here so
 * that the next start needs no manual cleanup.
 */
final class EmbeddedDatabase implements Closeable {

	static final String DATABASE = "mizani";
	/**
	 * The role Mizani connects as: it owns the database but is no superuser, so that the row-level
	 * security policies hold for it as they do on a production server.
	 */
	static final String USER = "mizani";
	private static final String SUPERUSER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	private static final java.util.Map<Path, java.util.concurrent.CompletableFuture<EmbeddedDatabase>> EARLY_STARTS =
			new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Starts the server in the background while the rest of the application is being set up (it
	 * takes a few seconds, most of them in {@code initdb} on a first start).
	 */
	static void startEarly(Path dataDirectory, int port) {
		EARLY_STARTS.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(),
				directory -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
					try {
						return start(directory, port);
					}
					catch (IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
				}));
	}

	/** The server started early for this folder, or a newly started one. */
	static EmbeddedDatabase obtain(Path dataDirectory, int port) throws IOException {
		var early = EARLY_STARTS.remove(dataDirectory.toAbsolutePath().normalize());
		if (early == null) {
			return start(dataDirectory, port);
		}
		try {
			return early.join();
		}
		catch (java.util.concurrent.CompletionException e) {
			if (e.getCause() instanceof java.io.UncheckedIOException io) {
				throw io.getCause();
			}
			throw new IOException("Cannot start the embedded database", e.getCause());
		}
	}

	static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		Files.createDirectories(directory.getParent());
		recoverFromUncleanStop(directory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("max_connections", "100")
			.setServerConfig("timezone", "UTC");
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		EmbeddedDatabase database = new EmbeddedDatabase(postgres);
		database.createApplicationDatabaseIfMissing();
		log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
		return database;
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl(USER, DATABASE);
	}

	int port() {
		return postgres.getPort();
	}

	private void createApplicationDatabaseIfMissing() throws IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
			OwnerRole.create(connection, USER, false);
			String owner = null;
			try (var statement = connection.prepareStatement("select pg_get_userbyid(datdba) from pg_database where datname = ?")) {
				statement.setString(1, DATABASE);
				try (var rows = statement.executeQuery()) {
					owner = rows.next() ? rows.getString(1) : null;
				}
			}
			if (owner == null) {
				try (var statement = connection.createStatement()) {
					statement.execute("create database " + DATABASE + " owner " + USER + " encoding 'UTF8'");
				}
			}
			else if (!USER.equals(owner)) {
				// a data folder from a version that connected as the superuser: hand everything to the owner role
				try (Connection database = postgres.getDatabase(SUPERUSER, DATABASE).getConnection()) {
					OwnerRole.takeOver(database, DATABASE, USER);
				}
			}
		}
		catch (SQLException e) {
			throw new IOException("Cannot prepare the embedded database", e);
		}
	}

	/**
	 * Stops a PostgreSQL left running by a killed process on this data folder and removes a stale
	 * {@code postmaster.pid}, so that the server can start again.
	 */
	static void recoverFromUncleanStop(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<Long> pid = readPid(pidFile);
		Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
			.filter(EmbeddedDatabase::isPostgres);
		if (process.isPresent()) {
			log.warn("Stopping PostgreSQL (pid {}) left running on {} by a previous start", pid.get(), directory);
			ProcessHandle handle = process.get();
			handle.destroy();
			try {
				handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception timeoutOrInterrupt) {
				handle.destroyForcibly();
				try {
					handle.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (Exception e) {
					throw new IOException("Cannot stop the PostgreSQL process " + pid.get() + " on " + directory, e);
				}
			}
		}
		if (Files.exists(pidFile)) {
			log.warn("Removing stale {}", pidFile);
			Files.deleteIfExists(pidFile);
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.contains("postgres")).orElse(true);
	}

	private static Optional<Long> readPid(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException e) {
			return Optional.empty();
		}
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}
}
