package org.mizani.platform.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.sql.DataSource;

import org.mizani.platform.CliCommand;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar mizani.jar backup [--to=DIR]}: the database (one consistent snapshot), its sequences and
 * the file store, with a manifest of checksums, into a new folder (default
 * {@code <data-dir>/backups/mizani-<date-time>}). See {@link Backups}.
 */
@Component
class BackupCommand implements CliCommand {

	private final DataSource dataSource;
	private final Path filesDir;
	private final Path dataDir;

	BackupCommand(DataSource dataSource, @Value("${mizani.files.dir:${mizani.data-dir}/files}") String filesDir,
			@Value("${mizani.data-dir}") String dataDir) {
		this.dataSource = dataSource;
		this.filesDir = Path.of(filesDir);
		this.dataDir = Path.of(dataDir);
	}

	@Override
	public String name() {
		return "backup";
	}

	@Override
	public String description() {
		return "Back up the database and the file store with a manifest of checksums: --to=DIR (a new folder)";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		Path to = dataDir.resolve("backups").resolve("mizani-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
		for (String argument : arguments) {
			if (argument.startsWith("--to=") && argument.length() > 5) {
				to = Path.of(argument.substring(5));
			}
			else {
				out.println("Unknown option " + argument + "; use --to=DIR");
				return 2;
			}
		}
		try {
			long started = System.nanoTime();
			Backups.Manifest manifest = Backups.backup(dataSource, filesDir, to.toAbsolutePath());
			long rows = manifest.tables().stream().mapToLong(Backups.TableDump::rows).sum();
			out.printf("Backed up %,d rows of %d tables, %d sequences and %,d files (schema %s) to %s in %.1f s%n", rows,
					manifest.tables().size(), manifest.sequences().size(), manifest.files().size(), manifest.schemaVersion(),
					to.toAbsolutePath(), (System.nanoTime() - started) / 1e9);
			return 0;
		}
		catch (Backups.BackupException e) {
			out.println("Backup failed: " + e.getMessage());
			return 1;
		}
		catch (Exception e) {
			out.println("Backup failed: " + e);
			return 1;
		}
	}
}
