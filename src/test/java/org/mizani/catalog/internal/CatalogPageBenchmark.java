package org.mizani.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.mizani.catalog.DocumentKind;
import org.mizani.catalog.ItemKind;
import org.mizani.catalog.RequirementLevel;
import org.mizani.catalog.VersionStatus;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code ./mvnw -Pbenchmark verify}: the pages of a 1,000-requirement catalogue version, rendered
 * through Spring MVC, security and Thymeleaf (no network), warm, against the sign-in page rendered in
 * the same run. Prints figures and ratios; the budget (100 ms) is a verdict, not an assertion.
 */
@MizaniIntegrationTest
class CatalogPageBenchmark extends IntegrationTestSupport {

	private static final int WARMUP = 20;
	private static final int RUNS = 30;

	@Test
	void catalogPages() throws Exception {
		UUID version = generated(1_000);
		double baseline = median(get("/login"));
		double tree = median(get("/catalogs/versions/" + version).with(as(context, "viewer@dodomacc.go.tz")));
		double search = median(get("/catalogs/versions/" + version).param("q", "records retention")
			.with(as(context, "viewer@dodomacc.go.tz")));
		System.out.printf("%n%-48s %10s %12s %8s %s%n", "benchmark (median of " + RUNS + ", warm)", "figure", "baseline", "ratio", "budget");
		print("version page, 1,000 requirements (tree)", tree, baseline);
		print("version page, full-text search", search, baseline);
		System.out.println("Baseline: the sign-in page, rendered in the same run.");
	}

	private static void print(String name, double figure, double baseline) {
		System.out.printf("%-48s %8.1fms %10.1fms %7.1fx %s%n", name, figure, baseline, figure / baseline,
				figure < 100 ? "within < 100 ms" : "OVER < 100 ms");
	}

	private double median(MockHttpServletRequestBuilder request) throws Exception {
		for (int i = 0; i < WARMUP; i++) {
			mvc.perform(request).andReturn();
		}
		double[] times = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			int status = mvc.perform(request).andReturn().getResponse().getStatus();
			times[i] = (System.nanoTime() - start) / 1_000_000.0;
			if (status != 200) {
				throw new IllegalStateException("status " + status);
			}
		}
		Arrays.sort(times);
		return times[RUNS / 2];
	}

	private UUID generated(int requirements) {
		Catalogs catalogs = context.getBean(Catalogs.class);
		UUID document = UUID.randomUUID();
		catalogs.insertDocument(document, "BENCH-" + document, DocumentKind.STANDARD, "Kipimo", "Benchmark", null, null, "AUTHORED");
		UUID version = UUID.randomUUID();
		catalogs.insertVersion(version, document, "1", VersionStatus.PUBLISHED, UUID.randomUUID(), null, "x");
		List<NewItem> items = new ArrayList<>();
		String[] words = { "records", "retention", "access", "backup", "network", "policy", "training", "incident", "vendor", "data" };
		for (int g = 0; g < 20; g++) {
			int group = items.size();
			items.add(new NewItem(group, null, ItemKind.GROUP, "G" + g, null, null, 0, items.size(), "Kundi " + g, "Group " + g,
					null, null, null, null, null, null, null, BigDecimal.ONE, RequirementLevel.MANDATORY, List.of(), List.of(), false,
					List.of()));
			for (int r = 0; r < requirements / 20; r++) {
				String a = words[(g + r) % words.length];
				String b = words[(g * 7 + r * 3) % words.length];
				items.add(new NewItem(items.size(), group, ItemKind.REQUIREMENT, "G" + g + "-" + r, null, null, 1, items.size(),
						"Takwa kuhusu " + a, "Requirement about " + a + " and " + b, "Fanya " + a,
						"Keep " + a + " " + b + " under control.", null, "Guidance on " + b, null, null, null, BigDecimal.ONE,
						RequirementLevel.MANDATORY, List.of(), List.of(), false, List.of()));
			}
		}
		catalogs.insertItems(version, items);
		return version;
	}
}
