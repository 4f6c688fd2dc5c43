package org.mizani.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.mizani.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code backup} and {@code restore}: the test database (demo data and whatever earlier tests wrote) and a
 * file of the store are backed up, restored into a new database migrated to the same schema and an empty
 * file store, and backed up again from there: both backups hold the same tables, rows, sequences and
 * files, byte for byte. A damaged backup, a backup whose manifest points outside it, and a target that is
 * not empty are refused, and nothing is changed.
 */
@MizaniIntegrationTest
class BackupRestoreIT extends IntegrationTestSupport {

	@TempDir
	Path temp;

	private String run(String command, List<String> arguments, int expectedStatus) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		var cli = context.getBeansOfType(org.mizani.platform.CliCommand.class).values().stream().filter(c -> c.name().equals(command))
			.findFirst().orElseThrow();
		int status = cli.run(arguments, new PrintStream(bytes, true, StandardCharsets.UTF_8));
		String out = bytes.toString(StandardCharsets.UTF_8);
		assertThat(status).as(out).isEqualTo(expectedStatus);
		return out;
	}

	@Test
	void aBackupRestoredIntoANewInstanceHoldsIdenticalDataAndFiles() throws Exception {
		Path filesDir = Path.of(context.getEnvironment().getProperty("mizani.files.dir",
				context.getEnvironment().getProperty("mizani.data-dir") + "/files"));
		Path stored = filesDir.resolve("be/ef/" + "beef".repeat(16));
		Files.createDirectories(stored.getParent());
		Files.writeString(stored, "evidence for the backup test " + UUID.randomUUID());

		Path backup = temp.resolve("backup");
		assertThat(run("backup", List.of("--to=" + backup), 0)).contains("Backed up");
		Backups.Manifest manifest = Backups.read(backup);
		assertThat(manifest.tables()).extracting(Backups.TableDump::name).contains("institution", "audit_entry", "assessment_response")
			.doesNotContain("spring_session", "flyway_schema_history");
		assertThat(manifest.files()).extracting(Backups.FileCopy::path).contains("be/ef/" + "beef".repeat(16));

		String database = "restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		TestDatabase.Connection source = TestDatabase.get();
		jdbc.sql("create database " + database).update();
		try {
			DriverManagerDataSource target = new DriverManagerDataSource(source.url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + database),
					source.user(), source.password());
			Flyway.configure().dataSource(target).locations("classpath:db/migration").load().migrate();
			// the event publication registry's tables are made by Spring Modulith at start, as on a new instance
			boolean v2 = jdbc.sql("select count(*) from information_schema.columns where table_name = 'event_publication'"
					+ " and column_name = 'status'").query(Long.class).single() > 0;
			for (String script : List.of("schema-postgresql.sql")) {
				org.springframework.core.io.ClassPathResource ddl = new org.springframework.core.io.ClassPathResource(
						"org/springframework/modulith/events/jdbc/schemas/" + (v2 ? "v2/" : "v1/") + script);
				try (java.sql.Connection connection = target.getConnection()) {
					org.springframework.jdbc.datasource.init.ScriptUtils.executeSqlScript(connection, ddl);
				}
			}
			Path targetFiles = temp.resolve("restored-files");
			Backups.restore(target, targetFiles, backup, manifest);

			JdbcClient restored = JdbcClient.create(target);
			assertThat(restored.sql("select count(*) from institution").query(Long.class).single())
				.isEqualTo(manifest.tables().stream().filter(t -> t.name().equals("institution")).findFirst().orElseThrow().rows())
				.isGreaterThan(30);
			assertThat(Files.readString(targetFiles.resolve("be/ef/" + "beef".repeat(16)))).isEqualTo(Files.readString(stored));

			Backups.Manifest again = Backups.backup(target, targetFiles, temp.resolve("again"));
			assertThat(again.tables()).as("the same tables, rows and bytes").isEqualTo(manifest.tables());
			assertThat(again.sequences()).isEqualTo(manifest.sequences());
			assertThat(again.files()).isEqualTo(manifest.files());

			String notEmpty = "";
			try {
				Backups.restore(target, targetFiles, backup, manifest);
			}
			catch (Backups.BackupException e) {
				notEmpty = e.getMessage();
			}
			assertThat(notEmpty).contains("not empty");
		}
		finally {
			jdbc.sql("drop database if exists " + database + " with (force)").update();
		}
	}

	@Test
	void aDamagedBackupOrOneThatPointsOutsideItselfIsRefusedBeforeAnythingChanges() throws Exception {
		Path backup = temp.resolve("backup");
		run("backup", List.of("--to=" + backup), 0);
		long institutions = institutionCount();
		Path dump = backup.resolve("db/institution.copy");
		byte[] bytes = Files.readAllBytes(dump);
		bytes[bytes.length / 2] ^= 1;
		Files.write(dump, bytes);
		assertThat(run("restore", List.of("--from=" + backup), 1)).contains("damaged").contains("institution");

		Path other = temp.resolve("outside");
		run("backup", List.of("--to=" + other), 0);
		Path manifest = other.resolve("manifest.json");
		Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"path\" : \"[^\"]+\"", "\"path\" : \"../../../etc/passwd\""));
		String out = run("restore", List.of("--from=" + other), 1);
		assertThat(out).containsAnyOf("outside", "damaged", "manifest");

		assertThat(run("restore", List.of("--from=" + temp.resolve("nothing-here")), 1)).contains("not a Mizani backup");
		assertThat(run("restore", List.of("--from=" + other.resolveSibling("backup-not-a-folder")), 1)).contains("no manifest.json");
		assertThat(run("backup", List.of("--to=" + backup), 1)).contains("not empty");
		assertThat(run("restore", List.of("--what"), 2)).contains("--from=DIR");
		assertThat(institutionCount()).as("nothing changed").isEqualTo(institutions);
	}
}
