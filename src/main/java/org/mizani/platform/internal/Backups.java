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
import java.util.LinkedHashSet;
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
			deterministic(connection);
			version = schemaVersion(connection);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (String table : tables(connection)) {
				try (OutputStream out = Files.newOutputStream(partial.resolve("db").resolve(table + ".copy"))) {
					Digest digest = new Digest(out);
					long rows = copy.copyOut("COPY (" + ordered(connection, table) + ") TO STDOUT", digest.stream());
					tables.add(new TableDump(table, rows, digest.hex()));
				}
			}
			for (String sequence : sequences(connection)) {
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("select last_value, is_called from " + quote(sequence))) {
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
			deterministic(connection);
			String version = schemaVersion(connection);
			if (!version.equals(manifest.schemaVersion())) {
				throw new BackupException("The backup is of schema version " + manifest.schemaVersion() + ", this instance is at " + version
						+ ": restore with the Mizani version that made the backup");
			}
			for (String table : RECORDS_OF_USE) {
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("select exists (select 1 from " + quote(table) + ")")) {
					rs.next();
					if (rs.getBoolean(1)) {
						throw new BackupException("This instance is not empty (" + table + " has rows): restore only into a new, empty instance");
					}
				}
			}
			List<String> present = tables(connection);
			Map<String, TableDump> dumps = new LinkedHashMap<>();
			manifest.tables().forEach(t -> dumps.put(t.name(), t));
			for (String name : dumps.keySet()) {
				if (!present.contains(name)) {
					throw new BackupException("The backup holds table " + name + ", which this instance does not have");
				}
			}
			try (Statement statement = connection.createStatement()) {
				// what a first start created by itself (the built-in catalogue, its audit entries) makes way
				statement.execute("TRUNCATE " + String.join(", ", dumps.keySet().stream().map(Backups::quote).toList()) + " CASCADE");
			}
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (String table : loadOrder(connection, dumps.keySet())) {
				try (InputStream in = Files.newInputStream(inside(from, "db/" + table + ".copy"))) {
					long rows = copy.copyIn("COPY " + quote(table) + " (" + String.join(", ", columns(connection, table)) + ") FROM STDIN", in);
					if (rows != dumps.get(table).rows()) {
						throw new BackupException(table + ": " + rows + " rows loaded, the backup holds " + dumps.get(table).rows());
					}
				}
			}
			for (SequenceValue sequence : manifest.sequences()) {
				try (var statement = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
					statement.setString(1, quote(sequence.name()));
					statement.setLong(2, sequence.lastValue());
					statement.setBoolean(3, sequence.called());
					statement.execute();
				}
			}
			for (TableDump table : dumps.values()) {
				Digest digest = new Digest(OutputStream.nullOutputStream());
				copy.copyOut("COPY (" + ordered(connection, table.name()) + ") TO STDOUT", digest.stream());
				if (!digest.hex().equals(table.sha256())) {
					throw new BackupException(table.name() + " differs from the backup after loading: nothing was restored");
				}
			}
			restoreFiles(filesDir, from, manifest);
			connection.commit();
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

	// ---------------------------------------------------------------- the database's shape

	/** The same text whatever the server's settings, so that a table dumps to the same bytes on both sides. */
	private static void deterministic(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET LOCAL TIME ZONE 'UTC'");
			statement.execute("SET LOCAL DateStyle = 'ISO, YMD'");
			statement.execute("SET LOCAL IntervalStyle = 'postgres'");
			statement.execute("SET LOCAL extra_float_digits = 3");
			statement.execute("SET LOCAL bytea_output = 'hex'");
		}
	}

	private static String schemaVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"select version from flyway_schema_history where success and version is not null order by installed_rank desc limit 1")) {
			if (!rs.next()) {
				throw new BackupException("The database has no Mizani schema");
			}
			return rs.getString(1);
		}
	}

	private static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""")) {
			while (rs.next()) {
				if (!NOT_CARRIED.contains(rs.getString(1))) {
					tables.add(rs.getString(1));
				}
			}
		}
		return tables;
	}

	private static List<String> sequences(Connection connection) throws SQLException {
		List<String> sequences = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
				"select sequence_name from information_schema.sequences where sequence_schema = current_schema() order by 1")) {
			while (rs.next()) {
				sequences.add(rs.getString(1));
			}
		}
		return sequences;
	}

	/** The table's rows in a fixed order: by primary key, or by their whole text when it has none. */
	private static String ordered(Connection connection, String table) throws SQLException {
		List<String> key = new ArrayList<>();
		try (var statement = connection.prepareStatement("""
				select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
				where i.indrelid = ?::regclass and i.indisprimary order by array_position(i.indkey, a.attnum)""")) {
			statement.setString(1, quote(table));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					key.add(quote(rs.getString(1)));
				}
			}
		}
		String order = key.isEmpty() ? "t::text" : String.join(", ", key.stream().map(k -> "t." + k).toList());
		return "SELECT " + String.join(", ", columns(connection, table).stream().map(c -> "t." + c).toList()) + " FROM " + quote(table)
				+ " t ORDER BY " + order;
	}

	/** The columns a backup carries: all but those the database computes itself (a search vector). */
	private static List<String> columns(Connection connection, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (var statement = connection.prepareStatement("""
				select attname from pg_attribute where attrelid = ?::regclass and attnum > 0 and not attisdropped
				  and attgenerated = '' order by attnum""")) {
			statement.setString(1, quote(table));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					columns.add(quote(rs.getString(1)));
				}
			}
		}
		return columns;
	}

	/** Tables that others refer to first (a table's references to itself are checked at the end of its COPY). */
	private static List<String> loadOrder(Connection connection, Set<String> tables) throws SQLException {
		Map<String, Set<String>> needs = new LinkedHashMap<>();
		tables.forEach(t -> needs.put(t, new LinkedHashSet<>()));
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
				select c.conrelid::regclass::text, c.confrelid::regclass::text from pg_constraint c
				where c.contype = 'f' and c.connamespace = current_schema()::regnamespace""")) {
			while (rs.next()) {
				String from = unquote(rs.getString(1));
				String to = unquote(rs.getString(2));
				if (!from.equals(to) && needs.containsKey(from) && needs.containsKey(to)) {
					needs.get(from).add(to);
				}
			}
		}
		List<String> order = new ArrayList<>();
		while (!needs.isEmpty()) {
			List<String> ready = needs.entrySet().stream().filter(e -> order.containsAll(e.getValue())).map(Map.Entry::getKey).toList();
			if (ready.isEmpty()) {
				throw new BackupException("The tables " + needs.keySet() + " refer to each other in a circle");
			}
			order.addAll(ready);
			ready.forEach(needs::remove);
		}
		return order;
	}

	// ---------------------------------------------------------------- helpers

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private static String unquote(String identifier) {
		return identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"") : identifier;
	}

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
