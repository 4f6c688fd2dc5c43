package org.mizani.catalog.internal;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
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
		UUID version = GeneratedCatalog.insert(context.getBean(Catalogs.class), 1_000);
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
		return org.mizani.Timings.median(mvc, request, WARMUP, RUNS);
	}
}
