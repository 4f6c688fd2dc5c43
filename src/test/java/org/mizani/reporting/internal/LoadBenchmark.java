package org.mizani.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.mizani.identity.internal.TestLogins;

/**
 * {@code ./mvnw -Pbenchmark verify -Dit.test=LoadBenchmark} (needs {@code wrk}; {@code -Dload.duration=10m} by
 * default, {@code -Dload.connections=200}): 200 concurrent users for 10 minutes on the national reference data
 * set, over loopback, with a mix of reads and writes as the authority and the institutions use the API —
 * 85 % reads (who am I, the institutions, the incidents of the nation, an institution's own incidents, the
 * dashboard, a catalogue search, the measures of a plan) and 15 % writes (an ICT officer reports an
 * incident: a transaction, its reporting stages, its event and audit entry, a mail). Every answer must be
 * a success and no connection may fail; the latency percentiles are printed for docs/performance.md.
 */
@MizaniIntegrationTest
class LoadBenchmark extends IntegrationTestSupport {

	private static final Path WRK = Path.of("/usr/bin/wrk");

	@Test
	void twoHundredUsersForTenMinutesWithoutAnError() throws Exception {
		assumeTrue(Files.isExecutable(WRK), "wrk is not installed (apt-get install wrk): the load test is skipped");
		double generation = ReferenceSet.ensure(context);
		String duration = System.getProperty("load.duration", "10m");
		String connections = System.getProperty("load.connections", "200");
		String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
		String executive = TestLogins.sharedToken(context, "executive@ega.go.tz");
		String analyst = TestLogins.sharedToken(context, "security@ega.go.tz");
		String officer = TestLogins.sharedToken(context, "ict.officer@dodomacc.go.tz");
		String compliance = TestLogins.sharedToken(context, "compliance@ega.go.tz");
		long incidentsBefore = jdbc.sql("select count(*) from incident").query(Long.class).single();
		String detected = LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.SECONDS).toString();
		String script = """
				local counter = 0
				local report = '{"title": "Load test outage", "description": "Portal down under load", "detectedAt": "%s",'
				  .. ' "classCode": "availability", "typeCode": "outage", "severity": "LOW", "tlp": "GREEN"}'
				local function as(token) return { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" } end
				request = function()
				  counter = counter + 1
				  local r = math.random(100)
				  if r <= 15 then
				    local h = as("%s"); h["Content-Type"] = "application/json"
				    return wrk.format("POST", "/api/v1/incidents", h, report)
				  elseif r <= 30 then return wrk.format("GET", "/api/v1/incidents?size=25", as("%s"))
				  elseif r <= 45 then return wrk.format("GET", "/api/v1/incidents?size=25", as("%s"))
				  elseif r <= 60 then return wrk.format("GET", "/api/v1/institutions?size=25&q=BENCH-0" .. (counter %% 10), as("%s"))
				  elseif r <= 70 then return wrk.format("GET", "/api/v1/dashboard", as("%s"))
				  elseif r <= 80 then return wrk.format("GET", "/api/v1/me", as("%s"))
				  elseif r <= 90 then return wrk.format("GET", "/api/v1/catalogs", as("%s"))
				  else return wrk.format("GET", "/api/v1/measures/training.institutions-trained?fiscalYear=2021", as("%s"))
				  end
				end
				""".formatted(detected, officer, analyst, officer, executive, executive, officer, compliance, executive);
		Path lua = Files.createTempFile("mizani-load", ".lua");
		Files.writeString(lua, script);
		List<String> command = new ArrayList<>(List.of(WRK.toString(), "-t2", "-c" + connections, "-d" + duration, "--timeout", "30s",
				"--latency", "-s", lua.toString(), base));
		Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		wrk.waitFor();
		Files.deleteIfExists(lua);
		long written = jdbc.sql("select count(*) from incident").query(Long.class).single() - incidentsBefore;

		System.out.printf("%nLoad test (wrk, %s connections, %s, 2 threads; reference data set %s): 85 %% reads, 15 %% writes%n%s%n"
				+ "incidents reported during the run: %,d%n", connections, duration,
				generation == 0 ? "generated earlier in this run" : String.format("generated in %.1f s", generation), out, written);
		Matcher requests = Pattern.compile("(\\d+) requests in").matcher(out);
		assertThat(requests.find()).as(out).isTrue();
		assertThat(out).as("every answer a success").doesNotContain("Non-2xx");
		assertThat(out).as("no connection failed").doesNotContain("Socket errors");
		assertThat(written).as("the writes were stored").isPositive();
	}
}
