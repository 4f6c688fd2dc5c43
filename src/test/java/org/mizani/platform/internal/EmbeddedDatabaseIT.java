package org.mizani.platform.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL that {@code ./mvnw spring-boot:run} uses keeps its data between starts
 * and recovers by itself when the previous process was killed.
 */
@org.junit.jupiter.api.Tag("embedded")
class EmbeddedDatabaseIT {

	@TempDir
	Path dataDir;

	@Test
	void aSecondStartFindsTheDataOfTheFirst() throws Exception {
		try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, 0)) {
			execute(first, "create table kept (value text)", "insert into kept values ('still here')");
		}
		try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir, 0)) {
			assertThat(single(second, "select value from kept")).isEqualTo("still here");
		}
	}

	@Test
	void aStaleLockFileLeftBehindIsRemoved() throws Exception {
		try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, 0)) {
			execute(first, "create table kept (value text)", "insert into kept values ('x')");
		}
		Files.writeString(dataDir.resolve("postmaster.pid"), "2147483000\n" + dataDir + "\n");
		try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir, 0)) {
			assertThat(single(second, "select value from kept")).isEqualTo("x");
		}
	}

	@Test
	void aServerLeftRunningByAKilledProcessIsStoppedAndItsDataFound() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process killed = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KilledProcess.class.getName(),
				dataDir.toString())
			.redirectErrorStream(true).redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + "-child.log").toFile())
			.start();
		assertThat(killed.waitFor(120, TimeUnit.SECONDS)).as("the child process ended").isTrue();
		assertThat(killed.exitValue()).isEqualTo(KilledProcess.HALTED);
		long orphan = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlived its JVM").contains(true);

		try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir, 0)) {
			assertThat(single(restarted, "select value from kept")).isEqualTo("written before the kill");
		}
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
	}

	/** Starts the embedded database, writes a row and halts without shutdown hooks, like {@code kill -9}. */
	public static final class KilledProcess {

		static final int HALTED = 42;

		public static void main(String[] args) throws Exception {
			EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0);
			execute(database, "create table kept (value text)", "insert into kept values ('written before the kill')");
			Runtime.getRuntime().halt(HALTED);
		}
	}

	static void execute(EmbeddedDatabase database, String... statements) throws Exception {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "")) {
			for (String sql : statements) {
				connection.createStatement().execute(sql);
			}
		}
	}

	static String single(EmbeddedDatabase database, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
				ResultSet rows = connection.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}
}
