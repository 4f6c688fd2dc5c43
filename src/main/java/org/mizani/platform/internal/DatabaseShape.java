package org.mizani.platform.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What {@link Backups} needs to know of the database: its tables, columns, keys, references and sequences. */
final class DatabaseShape {

	private DatabaseShape() {
	}


	/** The same text whatever the server's settings, so that a table dumps to the same bytes on both sides. */
	static void deterministic(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET LOCAL TIME ZONE 'UTC'");
			statement.execute("SET LOCAL DateStyle = 'ISO, YMD'");
			statement.execute("SET LOCAL IntervalStyle = 'postgres'");
			statement.execute("SET LOCAL extra_float_digits = 3");
			statement.execute("SET LOCAL bytea_output = 'hex'");
		}
	}

	static String schemaVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"select version from flyway_schema_history where success and version is not null order by installed_rank desc limit 1")) {
			if (!rs.next()) {
				throw new Backups.BackupException("The database has no Mizani schema");
			}
			return rs.getString(1);
		}
	}

	static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""")) {
			while (rs.next()) {
				if (!Backups.NOT_CARRIED.contains(rs.getString(1))) {
					tables.add(rs.getString(1));
				}
			}
		}
		return tables;
	}

	static List<String> sequences(Connection connection) throws SQLException {
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
	static String ordered(Connection connection, String table) throws SQLException {
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
	static List<String> columns(Connection connection, String table) throws SQLException {
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
	static List<String> loadOrder(Connection connection, Set<String> tables) throws SQLException {
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
				throw new Backups.BackupException("The tables " + needs.keySet() + " refer to each other in a circle");
			}
			order.addAll(ready);
			ready.forEach(needs::remove);
		}
		return order;
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	static String unquote(String identifier) {
		return identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"") : identifier;
	}

	/** Tables under row-level security (forced, so that it holds for their owner too). */
	static List<String> rowSecured(Connection connection) throws SQLException {
		List<String> tables = new java.util.ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
						where n.nspname = current_schema() and c.relkind = 'r' and c.relrowsecurity and c.relforcerowsecurity
						order by c.relname""")) {
			while (rs.next()) {
				tables.add(rs.getString(1));
			}
		}
		return tables;
	}
}
