package org.mizani.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.mizani.MizaniIntegrationTest;
import org.mizani.incident.internal.StixSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@MizaniIntegrationTest
class IncidentReportingIT extends IncidentTestSupport {

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void anEscalatedIncidentIsSharedAsAStixBundleThatValidatesAgainstTheOfficialSchemas() throws Exception {
		UUID id = reported(ICT, "Credential phishing " + UUID.randomUUID(), hoursAgo(6), "AMBER_STRICT");
		for (String indicator : new String[] { "{\"kind\": \"DOMAIN\", \"value\": \"login-ega[.]go-tz.net\"}",
				"{\"kind\": \"URL\", \"value\": \"hxxps://login-ega.go-tz.net/owa?u=it's\"}",
				"{\"kind\": \"EMAIL\", \"value\": \"it@login-ega.go-tz.net\"}",
				"{\"kind\": \"SHA256\", \"value\": \"E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855\"}",
				"{\"kind\": \"IPV6\", \"value\": \"2001:db8:0:0:0:0:0:42\"}" }) {
			mvc.perform(api(post("/api/v1/incidents/" + id + "/indicators"), ANALYST).content(indicator)).andExpect(status().isCreated());
		}
		mvc.perform(api(post("/api/v1/incidents/" + id + "/escalation"), ANALYST)
			.content("{\"partner\": \"" + institutionId("TCRA") + "\", \"note\": \"Campaign against several ministries\"}"))
			.andExpect(status().isOk());

		String bundle = mvc.perform(api(get("/api/v1/incidents/" + id + "/stix"), PARTNER)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(StixSchemas.errors(bundle)).isEmpty();
		JsonNode root = JsonMapper.shared().readTree(bundle);
		assertThat(root.get("objects").findValuesAsString("type")).contains("incident", "identity", "indicator", "observed-data",
				"sighting", "domain-name", "url", "email-addr", "file", "ipv6-addr");
		assertThat(root.get("objects").findValuesAsString("pattern")).contains("[domain-name:value = 'login-ega.go-tz.net']",
				"[url:value = 'https://login-ega.go-tz.net/owa?u=it\\'s']");
		assertThat(bundle).contains("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", "Dodoma City Council");

		// the download from the page is the same bundle, for the analysts and the partner only
		mvc.perform(get("/incidents/" + id + "/stix.json").with(as(context, ANALYST))).andExpect(status().isOk());
		mvc.perform(get("/incidents/" + id + "/stix.json").with(as(context, MOF))).andExpect(status().isNotFound());
	}

	@Test
	void theIncidentReportIsAPdfInTheReadersLanguageAndTheListExportsToAWorkbook() throws Exception {
		UUID id = reported(ICT, "Outage of the permit portal " + UUID.randomUUID(), hoursAgo(9), "GREEN");
		String reference = jdbc.sql("select reference from incident where id = :id").param("id", id).query(String.class).single();
		byte[] english = mvc.perform(get("/incidents/" + id + "/report.pdf?lang=en").with(as(context, ICT)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(english)).contains(reference, "Security incident report", "Reporting clock", "Early warning",
				"Dodoma City Council", "Root cause and lessons learned");
		byte[] swahili = mvc.perform(get("/incidents/" + id + "/report.pdf?lang=sw").with(as(context, ANALYST)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(swahili)).contains(reference, "Ripoti ya tukio la usalama", "Tahadhari ya awali", "Halmashauri ya Jiji la Dodoma");
		mvc.perform(get("/incidents/" + id + "/report.pdf").with(as(context, MOF))).andExpect(status().isNotFound());

		long visible = json(mvc.perform(api(get("/api/v1/incidents?size=1"), ICT))).get("total").asLong();
		byte[] xlsx = mvc.perform(get("/incidents/export.xlsx").with(as(context, ICT))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getFirstSheet().openStream().count() - 1).isEqualTo(visible);
		}
	}

	/** Two incidents detected in January 2019 whose handling times are set by hand, so the metrics are known. */
	@Test
	void metricsAreTheMeanHoursToAcknowledgeContainAndCloseAndTheShareOfReportsOnTime() throws Exception {
		Instant base = Instant.parse("2019-01-10T06:00:00Z");
		UUID first = reported(ICT, "Metrics fixture one", LocalDateTime.of(2019, 1, 10, 9, 0), "GREEN");
		UUID second = reported(MOF, "Metrics fixture two", LocalDateTime.of(2019, 1, 20, 9, 0), "GREEN");
		// first: reported 2 h after detection, triaged 4 h after the report, contained 10 h after detection, closed 30 h after the report
		times(first, base, base.plusSeconds(2 * 3600), base.plusSeconds(6 * 3600), base.plusSeconds(10 * 3600), base.plusSeconds(32 * 3600));
		Instant base2 = Instant.parse("2019-01-20T06:00:00Z");
		// second: triaged 2 h after the report, contained 20 h after detection, still open
		times(second, base2, base2.plusSeconds(3600), base2.plusSeconds(3 * 3600), base2.plusSeconds(20 * 3600), null);
		// reporting: the first sent all three stages on time; the second sent its early warning late and nothing else
		jdbc.sql("update incident_stage set submitted_at = due_at - interval '1 hour' where incident_id = :i").param("i", first).update();
		jdbc.sql("update incident_stage set submitted_at = due_at + interval '1 hour' where incident_id = :i and code = 'EARLY_WARNING'")
			.param("i", second).update();

		JsonNode metrics = json(mvc.perform(api(get("/api/v1/incidents/metrics?by=SEVERITY&from=2019-01-01&to=2019-01-31"), ANALYST))
			.andExpect(status().isOk()));
		JsonNode overall = metrics.get("overall");
		assertThat(overall.get("incidents").asLong()).isEqualTo(2);
		assertThat(overall.get("open").asLong()).isEqualTo(1);
		assertThat(overall.get("hoursToAcknowledge").asDouble()).isEqualTo(3.0);
		assertThat(overall.get("hoursToContain").asDouble()).isEqualTo(15.0);
		assertThat(overall.get("hoursToClose").asDouble()).isEqualTo(30.0);
		assertThat(overall.get("stagesDue").asLong()).isEqualTo(6);
		assertThat(overall.get("stagesOnTime").asLong()).isEqualTo(3);
		assertThat(overall.get("clockCompliance").asDouble()).isEqualTo(50.0);
		assertThat(metrics.get("rows")).hasSize(1);
		assertThat(metrics.get("rows").get(0).get("key").asString()).isEqualTo("HIGH");

		JsonNode bySector = json(mvc.perform(api(get("/api/v1/incidents/metrics?by=SECTOR&from=2019-01-01&to=2019-01-31"), EXECUTIVE)));
		assertThat(bySector.get("rows").findValuesAsString("key")).containsExactlyInAnyOrder("Finance", "Local government");
		// an institution counts only its own incidents
		JsonNode own = json(mvc.perform(api(get("/api/v1/incidents/metrics?by=MONTH&from=2019-01-01&to=2019-01-31"), MOF)));
		assertThat(own.get("overall").get("incidents").asLong()).isEqualTo(1);
		assertThat(own.get("rows").get(0).get("key").asString()).isEqualTo("2019-01");
		mvc.perform(api(get("/api/v1/incidents/metrics?from=2019-02-01&to=2019-01-01"), ANALYST))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("incident.metrics.range"));
		mvc.perform(get("/incidents/metrics?by=CATEGORY&from=2019-01-01&to=2019-01-31").with(as(context, EXECUTIVE))
			.header("Accept-Language", "sw")).andExpect(status().isOk());
	}

	private void times(UUID incident, Instant detected, Instant reported, Instant triaged, Instant contained, Instant closed) {
		jdbc.sql("""
				update incident set detected_at = :d, started_at = null, created_at = :r, triaged_at = :t, contained_at = :c,
				  closed_at = :x, status = case when cast(:x as timestamptz) is null then 'CONTAINED' else 'CLOSED' end
				where id = :id
				""").param("d", Timestamp.from(detected)).param("r", Timestamp.from(reported)).param("t", Timestamp.from(triaged))
			.param("c", Timestamp.from(contained)).param("x", closed == null ? null : Timestamp.from(closed)).param("id", incident)
			.update();
		jdbc.sql("update incident_stage set submitted_at = null where incident_id = :i").param("i", incident).update();
	}
}
