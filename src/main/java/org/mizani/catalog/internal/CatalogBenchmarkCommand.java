package org.mizani.catalog.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.mizani.catalog.CatalogQuery;
import org.mizani.catalog.DocumentKind;
import org.mizani.catalog.VersionStatus;
import org.mizani.platform.CliCommand;
import org.mizani.platform.Paging;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar mizani.jar benchmark-catalog [catalog.json]}: times, warm, an OSCAL import against
 * a plain Jackson parse of the same file (the baseline, measured in the same run), and the tree and
 * a search of a generated 1,000-requirement version. Everything it writes is rolled back.
 */
@Component
class CatalogBenchmarkCommand implements CliCommand {

	static final Path DEFAULT_FILE = Path.of("../shared/data/oscal/NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json");
	private static final int WARMUP = 5;
	private static final int RUNS = 10;

	private final Catalogs catalogs;
	private final TransactionTemplate transaction;

	CatalogBenchmarkCommand(Catalogs catalogs, TransactionTemplate transaction) {
		this.catalogs = catalogs;
		this.transaction = transaction;
	}

	@Override
	public String name() {
		return "benchmark-catalog";
	}

	@Override
	public String description() {
		return "Time an OSCAL catalog import against a plain JSON parse, and browsing and search of 1,000 requirements";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		Path file = arguments.isEmpty() ? DEFAULT_FILE : Path.of(arguments.get(0));
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		}
		catch (IOException e) {
			out.println("Cannot read " + file.toAbsolutePath() + ": " + e.getMessage());
			return 2;
		}
		double parse = median(() -> {
			JsonMapper.shared().readTree(content);
			return null;
		});
		double importing = median(() -> rolledBack(() -> {
			ParsedCatalog parsed = new OscalCatalogReader().read(content);
			UUID document = UUID.randomUUID();
			catalogs.insertDocument(document, "BENCH-" + document, DocumentKind.STANDARD, parsed.title(), parsed.title(), null,
					null, "OSCAL");
			UUID version = UUID.randomUUID();
			catalogs.insertVersion(version, document, parsed.version(), VersionStatus.PUBLISHED, UUID.randomUUID(), null, "x");
			catalogs.insertItems(version, parsed.items().stream().map(NewItem::of).toList());
			return null;
		}));
		double[] browse = rolledBack(() -> {
			UUID version = GeneratedCatalog.insert(catalogs, 1_000);
			double select = median(() -> catalogs.version(version));
			double tree = median(() -> catalogs.tree(version));
			double search = median(() -> catalogs.search(version, new CatalogQuery("records retention", null, null, null), Paging.of(0, 50)));
			return new double[] { select, tree, search };
		});
		out.printf("%-44s %10s %12s %8s %s%n", "benchmark (median of " + RUNS + ", warm)", "figure", "baseline", "ratio", "budget");
		out.printf("%-44s %8.1fms %10.1fms %7.1fx %s%n", "import " + file.getFileName(), importing, parse, importing / parse,
				verdict(importing / parse <= 10 && importing < 2000, "<= 10x the plain parse and < 2 s"));
		out.printf("%-44s %8.1fms %10.1fms %7.1fx %s%n", "tree of a 1,000-requirement version", browse[1], browse[0],
				browse[1] / browse[0], verdict(browse[1] < 100, "< 100 ms"));
		out.printf("%-44s %8.1fms %10.1fms %7.1fx %s%n", "full-text search in 1,000 requirements", browse[2], browse[0],
				browse[2] / browse[0], verdict(browse[2] < 100, "< 100 ms"));
		out.println("Baselines: a plain Jackson parse of the same file; reading one version row.");
		return 0;
	}

	private <T> T rolledBack(Supplier<T> work) {
		return transaction.execute(status -> {
			status.setRollbackOnly();
			return work.get();
		});
	}

	private static double median(Supplier<?> work) {
		for (int i = 0; i < WARMUP; i++) {
			work.get();
		}
		double[] times = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			work.get();
			times[i] = (System.nanoTime() - start) / 1_000_000.0;
		}
		Arrays.sort(times);
		return times[RUNS / 2];
	}

	private static String verdict(boolean within, String budget) {
		return (within ? "within " : "OVER ") + budget;
	}
}
