package org.mizani.platform.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.mizani.platform.CliCommand;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar mizani.jar restore --from=DIR}: a backup into this instance, which must be new and empty
 * (no institutions, users, assessments, incidents or programmes) and at the backup's schema version. Every
 * checksum is checked first; the data is loaded in one transaction and compared with the backup before it
 * is committed. See {@link Backups}.
 */
@Component
class RestoreCommand implements CliCommand {

	private final DataSource dataSource;
	private final Path filesDir;

	RestoreCommand(DataSource dataSource, @Value("${mizani.files.dir:${mizani.data-dir}/files}") String filesDir) {
		this.dataSource = dataSource;
		this.filesDir = Path.of(filesDir);
	}

	@Override
	public String name() {
		return "restore";
	}

	@Override
	public String description() {
		return "Restore a backup into this new, empty instance, checked against its manifest: --from=DIR";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		Path from = null;
		for (String argument : arguments) {
			if (argument.startsWith("--from=") && argument.length() > 7) {
				from = Path.of(argument.substring(7)).toAbsolutePath();
			}
			else {
				out.println("Unknown option " + argument + "; use --from=DIR");
				return 2;
			}
		}
		if (from == null) {
			out.println("Name the backup: --from=DIR");
			return 2;
		}
		try {
			long started = System.nanoTime();
			Backups.Manifest manifest = Backups.read(from);
			Backups.restore(dataSource, filesDir, from, manifest);
			long rows = manifest.tables().stream().mapToLong(Backups.TableDump::rows).sum();
			out.printf("Restored %,d rows of %d tables and %,d files from the backup of %s, identical to it, in %.1f s%n", rows,
					manifest.tables().size(), manifest.files().size(), manifest.createdAt(), (System.nanoTime() - started) / 1e9);
			return 0;
		}
		catch (Backups.BackupException e) {
			out.println("Restore failed, nothing was changed: " + e.getMessage());
			return 1;
		}
		catch (Exception e) {
			out.println("Restore failed, nothing was changed in the database: " + e);
			return 1;
		}
	}
}
