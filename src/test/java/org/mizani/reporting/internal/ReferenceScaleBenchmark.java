package org.mizani.reporting.internal;

import static org.mizani.identity.internal.TestLogins.authenticationOf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.HeapSampler;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniApplication;
import org.mizani.MizaniIntegrationTest;
import org.mizani.TestDatabase;
import org.mizani.assessment.CampaignId;
import org.mizani.assessment.CampaignManagement;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code ./mvnw -Pbenchmark verify -Dit.test=ReferenceScaleBenchmark}: on the national reference data set,
 * (1) the XLSX export of all four cycles' 1.2 million responses, with the live heap it holds above the
 * idle heap, against the export of one cycle (a quarter of the rows: streamed export needs the same
 * memory); (2) a node started on that database: time until it answers its health check, and its
 * resident memory, against the same for a node started on it a second time (warm caches).
 */
@MizaniIntegrationTest
class ReferenceScaleBenchmark extends IntegrationTestSupport {

	@Test
	void exportAndStartUpAtNationalScale() throws Exception {
		double generation = ReferenceSet.ensure(context);
		List<UUID> cycles = jdbc.sql("select id from assessment_campaign where name like :p order by opens_on")
			.param("p", ReferenceSet.PREFIX + " cycle%").query(UUID.class).list();
		CampaignManagement campaigns = context.getBean(CampaignManagement.class);
		SecurityContextHolder.getContext().setAuthentication(authenticationOf(context, "compliance@ega.go.tz"));
		long[] one;
		long[] all;
		try {
			one = exportHeap(campaigns, cycles.subList(0, 1));
			all = exportHeap(campaigns, cycles);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		long rows = jdbc.sql("""
				select count(*) from assessment_response r join assessment a on a.id = r.assessment_id
				join assessment_campaign c on c.id = a.campaign_id where c.name like :p""")
			.param("p", ReferenceSet.PREFIX + " cycle%").query(Long.class).single();

		double[] cold = startNode();
		double[] warm = startNode();

		System.out.printf("%nreference-scale benchmark (%s)%n", generation == 0 ? "data set generated earlier in this run"
				: String.format("data set generated in %.1f s", generation));
		System.out.printf("%-60s %12s %12s %7s %s%n", "", "figure", "baseline", "ratio", "budget");
		System.out.printf("%-60s %10.1f s %10.1f s %6.1fx%n", "XLSX export of " + rows + " responses, 4 cycles (vs 1 cycle)",
				all[1] / 1e9, one[1] / 1e9, (double) all[1] / one[1]);
		System.out.printf("%-60s %10.1fMB %10.1fMB %6.1fx %s%n", "  live heap above idle (vs 1 cycle)", all[0] / 1e6, one[0] / 1e6,
				(double) Math.max(1, all[0]) / Math.max(1, one[0]), all[0] <= 256L * 1024 * 1024 ? "within ≤ 256 MB" : "OVER ≤ 256 MB");
		System.out.printf("%-60s %10.1fMB%n", "  workbooks written", all[2] / 1e6);
		System.out.printf("%-60s %10.1f s %10.1f s %6.1fx %s%n", "node start to healthy, first (vs second start)", cold[0], warm[0],
				cold[0] / warm[0], cold[0] <= 20 ? "within ≤ 20 s" : "OVER ≤ 20 s");
		System.out.printf("%-60s %10.0fMB %10.0fMB %6.1fx %s%n", "  resident memory once healthy (vs second start)", cold[1], warm[1],
				cold[1] / warm[1], cold[1] <= 512 ? "within ≤ 512 MB" : "OVER ≤ 512 MB");
	}

	/** The live heap the exports of these cycles hold above idle, their nanoseconds and bytes. */
	private static long[] exportHeap(CampaignManagement campaigns, List<UUID> cycles) throws Exception {
		return HeapSampler.during(out -> {
			for (UUID cycle : cycles) {
				campaigns.exportXlsx(new CampaignId(cycle), out);
			}
		});
	}

	/** Starts a node (its own JVM, demo profile) on this run's database: seconds until healthy, and RSS in MB then. */
	private static double[] startNode() throws Exception {
		TestDatabase.Connection db = TestDatabase.get();
		int port;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		long start = System.nanoTime();
		Process node = new ProcessBuilder(java, "-D" + TestDatabase.REUSE_URL + "=" + db.url(),
				"-D" + TestDatabase.REUSE_USER + "=" + db.user(), "-D" + TestDatabase.REUSE_PASSWORD + "=" + db.password(), "-cp",
				System.getProperty("java.class.path"), MizaniApplication.class.getName(), "--server.port=" + port,
				"--spring.profiles.active=demo")
			.redirectErrorStream(true).redirectOutput(Path.of("target", "reference-scale-node.log").toFile()).start();
		try {
			HttpClient http = HttpClient.newHttpClient();
			while (true) {
				if (!node.isAlive()) {
					throw new IllegalStateException("the node stopped; see target/reference-scale-node.log");
				}
				try {
					if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
							HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						break;
					}
				}
				catch (IOException e) {
					// not listening yet
				}
				Thread.sleep(100);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			Thread.sleep(2000);
			double rss = Files.readAllLines(Path.of("/proc/" + node.pid() + "/status")).stream()
				.filter(l -> l.startsWith("VmRSS:")).mapToDouble(l -> Double.parseDouble(l.replaceAll("[^0-9]", "")) / 1024)
				.findFirst().orElse(0);
			return new double[] { seconds, rss };
		}
		finally {
			node.destroy();
			node.waitFor();
		}
	}
}
