package org.mizani.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backup of a Mizani instance, and its restore into an empty one, with nothing but the JDBC driver:
 * every table of the database as PostgreSQL's own text {@code COPY}, in primary-key order, from one
 * consistent snapshot; the sequences; the file store; and a manifest with the SHA-256 of every part.
 * A restore checks every checksum first, loads everything in one transaction, dumps each table again
 * and compares it with the manifest before it commits: it ends with identical data or with nothing.
 * Sessions, job locks and the migration history are not carried over (the target has its own schema,
 * which must be at the same version; users sign in again).
 */
final class Backups {

	static final int FORMAT = 1;
	static final Set<String> NOT_CARRIED = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes",
			"shedlock");
	/** Records of use: a target holding any of them is not empty, and is never overwritten. */
	static final List<String> RECORDS_OF_USE = List.of("institution", "app_user", "assessment", "incident", "training_programme");

	record TableDump(String name, long rows, String sha256) {
	}

	record SequenceValue(String name, long lastValue, boolean called) {
	}

	record FileCopy(String path, long size, String sha256) {
	}

	record Manifest(int format, String createdAt, String schemaVersion, List<TableDump> tables, List<SequenceValue> sequences,
			List<FileCopy> files) {
	}

	/** What went wrong, said to the operator. */
	static final class BackupException extends RuntimeException {

		BackupException(String message) {
			super(message);
		}
	}

	private Backups() {
	}

	// ---------------------------------------------------------------- backup

	static Manifest backup(DataSource dataSource, Path filesDir, Path to) throws IOException, SQLException {
		if (Files.exists(to) && (!Files.isDirectory(to) || hasEntries(to))) {
			throw new BackupException(to + " already exists and is not empty");
		}
		Path partial = to.resolveSibling(to.getFileName() + ".partial");
		deleteTree(partial);
		Files.createDirectories(partial.resolve("db"));
		List<TableDump> tables = new ArrayList<>();
		List<SequenceValue> sequences = new ArrayList<>();
		String version;
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			DatabaseShape.deterministic(connection);
			version = DatabaseShape.schemaVersion(connection);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (String table : DatabaseShape.tables(connection)) {
				try (OutputStream out = Files.newOutputStream(partial.resolve("db").resolve(table + ".copy"))) {
					Digest digest = new Digest(out);
					long rows = copy.copyOut("COPY (" + DatabaseShape.ordered(connection, table) + ") TO STDOUT", digest.stream());
					tables.add(new TableDump(table, rows, digest.hex()));
				}
			}
			for (String sequence : DatabaseShape.sequences(connection)) {
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("select last_value, is_called from " + DatabaseShape.quote(sequence))) {
					rs.next();
					sequences.add(new SequenceValue(sequence, rs.getLong(1), rs.getBoolean(2)));
				}
			}
			connection.commit();
		}
		List<FileCopy> files = new ArrayList<>();
		if (Files.isDirectory(filesDir)) {
			try (Stream<Path> all = Files.walk(filesDir)) {
				for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
					Path relative = filesDir.relativize(file);
					if (relative.getName(0).toString().equals("tmp")) {
						continue;
					}
					Path target = partial.resolve("files").resolve(relative.toString());
					Files.createDirectories(target.getParent());
					try (InputStream in = Files.newInputStream(file); OutputStream out = Files.newOutputStream(target)) {
						Digest digest = new Digest(out);
						long size = in.transferTo(digest.stream());
						files.add(new FileCopy(relative.toString().replace('\\', '/'), size, digest.hex()));
					}
				}
			}
		}
		Manifest manifest = new Manifest(FORMAT, Instant.now().toString(), version, tables, sequences, files);
		JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValue(partial.resolve("manifest.json").toFile(), manifest);
		if (Files.exists(to)) {
			Files.delete(to);
		}
		Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE);
		return manifest;
	}

	// ---------------------------------------------------------------- restore

	static Manifest read(Path from) throws IOException {
		Path file = from.resolve("manifest.json");
		if (!Files.isRegularFile(file)) {
			throw new BackupException(from + " holds no manifest.json: not a Mizani backup");
		}
		Manifest manifest = JsonMapper.shared().readValue(file.toFile(), Manifest.class);
		if (manifest.format() != FORMAT) {
			throw new BackupException("Backup format " + manifest.format() + " is not " + FORMAT);
		}
		return manifest;
	}

	/** Every part of the backup against its checksum in the manifest. */
	static void check(Path from, Manifest manifest) throws IOException {
		for (TableDump table : manifest.tables()) {
			String actual = sha256(inside(from, "db/" + table.name() + ".copy"));
			if (!actual.equals(table.sha256())) {
				throw new BackupException("db/" + table.name() + ".copy does not match its checksum: the backup is damaged");
			}
		}
		for (FileCopy file : manifest.files()) {
			if (!sha256(inside(from, "files/" + file.path())).equals(file.sha256())) {
				throw new BackupException("files/" + file.path() + " does not match its checksum: the backup is damaged");
			}
		}
	}

	static void restore(DataSource dataSource, Path filesDir, Path from, Manifest manifest) throws IOException, SQLException {
		check(from, manifest);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			DatabaseShape.deterministic(connection);
			String version = DatabaseShape.schemaVersion(connection);
			if (!version.equals(manifest.schemaVersion())) {
				throw new BackupException("The backup is of schema version " + manifest.schemaVersion() + ", this instance is at " + version
						+ ": restore with the Mizani version that made the backup");
			}
			for (String table : RECORDS_OF_USE) {
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("select exists (select 1 from " + DatabaseShape.quote(table) + ")")) {
					rs.next();
					if (rs.getBoolean(1)) {
						throw new BackupException("This instance is not empty (" + table + " has rows): restore only into a new, empty instance");
					}
				}
			}
			List<String> present = DatabaseShape.tables(connection);
			Map<String, TableDump> dumps = new LinkedHashMap<>();
			manifest.tables().forEach(t -> dumps.put(t.name(), t));
			for (String name : dumps.keySet()) {
				if (!present.contains(name)) {
					throw new BackupException("The backup holds table " + name + ", which this instance does not have");
				}
			}
			try (Statement statement = connection.createStatement()) {
				// what a first start created by itself (the built-in catalogue, its audit entries) makes way
				statement.execute("TRUNCATE " + String.join(", ", dumps.keySet().stream().map(DatabaseShape::quote).toList()) + " CASCADE");
			}
			// PostgreSQL refuses COPY FROM into a table under row-level security: the wall is lifted for the
			// load, inside the same transaction, and stands again before it commits
			List<String> walled = DatabaseShape.rowSecured(connection);
			setRowSecurity(connection, walled, false);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (String table : DatabaseShape.loadOrder(connection, dumps.keySet())) {
				try (InputStream in = Files.newInputStream(inside(from, "db/" + table + ".copy"))) {
					long rows = copy.copyIn("COPY " + DatabaseShape.quote(table) + " (" + String.join(", ", DatabaseShape.columns(connection, table)) + ") FROM STDIN", in);
					if (rows != dumps.get(table).rows()) {
						throw new BackupException(table + ": " + rows + " rows loaded, the backup holds " + dumps.get(table).rows());
					}
				}
			}
			for (SequenceValue sequence : manifest.sequences()) {
				try (var statement = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
					statement.setString(1, DatabaseShape.quote(sequence.name()));
					statement.setLong(2, sequence.lastValue());
					statement.setBoolean(3, sequence.called());
					statement.execute();
				}
			}
			for (TableDump table : dumps.values()) {
				Digest digest = new Digest(OutputStream.nullOutputStream());
				copy.copyOut("COPY (" + DatabaseShape.ordered(connection, table.name()) + ") TO STDOUT", digest.stream());
				if (!digest.hex().equals(table.sha256())) {
					throw new BackupException(table.name() + " differs from the backup after loading: nothing was restored");
				}
			}
			setRowSecurity(connection, walled, true);
			restoreFiles(filesDir, from, manifest);
			connection.commit();
		}
	}

	private static void setRowSecurity(Connection connection, List<String> tables, boolean on) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String table : tables) {
				statement.execute("alter table " + DatabaseShape.quote(table) + (on ? " enable" : " disable") + " row level security");
				statement.execute("alter table " + DatabaseShape.quote(table) + (on ? " force" : " no force") + " row level security");
			}
		}
	}

	private static void restoreFiles(Path filesDir, Path from, Manifest manifest) throws IOException {
		for (FileCopy file : manifest.files()) {
			Path target = filesDir.resolve(file.path()).normalize();
			if (!target.startsWith(filesDir.normalize())) {
				throw new BackupException("files/" + file.path() + " points outside the file store");
			}
			if (Files.isRegularFile(target) && sha256(target).equals(file.sha256())) {
				continue;
			}
			Files.createDirectories(target.getParent());
			Path temporary = target.resolveSibling(target.getFileName() + ".restoring");
			Files.copy(inside(from, "files/" + file.path()), temporary, StandardCopyOption.REPLACE_EXISTING);
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	// ---------------------------------------------------------------- helpers

	private static Path inside(Path from, String relative) {
		Path path = from.resolve(relative).normalize();
		if (!path.startsWith(from.normalize())) {
			throw new BackupException(relative + " points outside the backup");
		}
		return path;
	}

	private static boolean hasEntries(Path dir) throws IOException {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.findAny().isPresent();
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> all = Files.walk(dir)) {
				for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}

	static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			Digest digest = new Digest(OutputStream.nullOutputStream());
			in.transferTo(digest.stream());
			return digest.hex();
		}
	}

	private static MessageDigest sha() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An output that computes the SHA-256 of what passes through it. */
	private static final class Digest {

		private final DigestOutputStream stream;

		Digest(OutputStream target) {
			this.stream = new DigestOutputStream(target, sha());
		}

		OutputStream stream() {
			return stream;
		}

		String hex() {
			return HexFormat.of().formatHex(stream.getMessageDigest().digest());
		}
	}
}
