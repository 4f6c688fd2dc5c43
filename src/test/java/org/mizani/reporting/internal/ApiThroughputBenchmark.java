package org.mizani.reporting.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.mizani.identity.internal.TestLogins;

/**
 * {@code ./mvnw -Pbenchmark verify -Dit.test=ApiThroughputBenchmark} (needs {@code wrk}: {@code apt-get install wrk}):
 * requests per second of authenticated read APIs over the reference data set, with 50 connections for
 * 15 s each after a 5 s warm-up, against a bare endpoint of the same server ({@code /actuator/info}: no
 * authentication, no database) measured in the same run. Budget: at least half the bare throughput.
 */
@MizaniIntegrationTest
class ApiThroughputBenchmark extends IntegrationTestSupport {

	private static final Path WRK = Path.of("/usr/bin/wrk");
	private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
	private static final Pattern LATENCY = Pattern.compile("99%\\s+([0-9.]+)(us|ms|s)");

	@Test
	void authenticatedReadsAgainstABareEndpoint() throws Exception {
		assumeTrue(Files.isExecutable(WRK), "wrk is not installed (apt-get install wrk): the throughput benchmark is skipped");
		double generation = ReferenceSet.ensure(context);
		String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
		String analyst = "Bearer " + TestLogins.sharedToken(context, "security@ega.go.tz");
		String executive = "Bearer " + TestLogins.sharedToken(context, "executive@ega.go.tz");

		double[] bare = wrk(base + "/actuator/info", null);
		double[] me = wrk(base + "/api/v1/me", executive);
		double[] institutions = wrk(base + "/api/v1/institutions?size=25&q=BENCH-00", executive);
		double[] incidents = wrk(base + "/api/v1/incidents?size=25", analyst);
		double[] dashboard = wrk(base + "/api/v1/dashboard", executive);

		System.out.printf("%nAPI throughput benchmark (wrk, 50 connections, 2 threads, 15 s; reference data set %s)%n",
				generation == 0 ? "generated earlier in this run" : String.format("generated in %.1f s", generation));
		System.out.printf("%-52s %10s %10s %10s %7s %s%n", "", "req/s", "p99", "bare req/s", "share", "budget");
		line("bare /actuator/info", bare, bare, "");
		line("  who am I, token (the authentication alone)", me, bare, "");
		line("institutions list, token (executive)", institutions, bare, verdict(institutions, bare));
		line("incidents list of 50,000, token (security analyst)", incidents, bare, verdict(incidents, bare));
		line("dashboard, token (executive)", dashboard, bare, verdict(dashboard, bare));
		System.out.println("Both load and server on this machine's cores; the bare endpoint measured in the same run.");
	}

	private static String verdict(double[] figure, double[] bare) {
		return figure[0] >= bare[0] / 2 ? "within ≥ 50 %" : "UNDER ≥ 50 %";
	}

	private static void line(String name, double[] figure, double[] bare, String verdict) {
		System.out.printf("%-52s %10.0f %8.1fms %10.0f %6.0f%% %s%n", name, figure[0], figure[1], bare[0], 100 * figure[0] / bare[0],
				verdict);
	}

	/** Requests per second and the 99th percentile latency in ms, after a warm-up run. */
	private static double[] wrk(String url, String authorization) throws IOException, InterruptedException {
		run(url, authorization, "5s");
		String out = run(url, authorization, "15s");
		Matcher rate = RATE.matcher(out);
		Matcher p99 = LATENCY.matcher(out);
		if (!rate.find() || !p99.find() || out.contains("Non-2xx")) {
			throw new IllegalStateException("wrk did not measure successful requests:\n" + out);
		}
		double latency = Double.parseDouble(p99.group(1)) * switch (p99.group(2)) {
			case "us" -> 0.001;
			case "s" -> 1000;
			default -> 1;
		};
		return new double[] { Double.parseDouble(rate.group(1)), latency };
	}

	private static String run(String url, String authorization, String duration) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(WRK.toString(), "-t2", "-c50", "-d" + duration, "--latency"));
		if (authorization != null) {
			command.addAll(List.of("-H", "Authorization: " + authorization));
		}
		command.add(url);
		Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		wrk.waitFor();
		return out;
	}
}
