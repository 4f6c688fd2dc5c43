package org.mizani.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.mizani.MizaniIntegrationTest;
import org.mizani.incident.IncidentTestSupport;
import tools.jackson.databind.JsonNode;

@MizaniIntegrationTest
class ImpactIT extends TrainingTestSupport {

	/** The comparison of the programme's only session, read through the API. */
	private JsonNode sessionComparison(UUID programme) throws Exception {
		JsonNode impact = json(mvc.perform(api(get("/api/v1/training/programmes/" + programme + "/impact"), COORDINATOR))
			.andExpect(status().isOk()));
		assertThat(impact.get("sessions")).hasSize(1);
		return impact.get("sessions").get(0).get("comparison");
	}

	private void report(String email, String title, LocalDate day) throws Exception {
		mvc.perform(api(post("/api/v1/incidents"), email)
			.content(IncidentTestSupport.report(title, day.atTime(10, 0), "GREEN", ""))).andExpect(status().isCreated());
	}

	@Test
	void incidentsAfterASessionAreSetBesideInstitutionsNotReachedAndFewInstitutionsGiveNoEffect() throws Exception {
		UUID session = recentlyCompletedSession();
		UUID programme = jdbc.sql("select programme_id from training_session where id = :s").param("s", session).query(UUID.class).single();
		// The session took place 400 days ago, so the 180-day window after it has passed.
		jdbc.sql("update training_session set starts_on = starts_on - 400, ends_on = ends_on - 400 where id = :s").param("s", session)
			.update();
		LocalDate endedOn = jdbc.sql("select ends_on from training_session where id = :s").param("s", session).query(LocalDate.class)
			.single();

		JsonNode first = sessionComparison(programme);
		JsonNode trained = first.get("trainedIncidents");
		JsonNode others = first.get("otherIncidents");
		assertThat(trained.get("n").asLong()).isEqualTo(1);
		long notReached = others.get("n").asLong();
		assertThat(notReached).isGreaterThan(1).isLessThan(institutionCount());

		report(ICT, "Phishing after the training", endedOn.plusDays(10));
		report(ICT, "Phishing long after the window", endedOn.plusDays(250));
		report(MOF, "Defacement at another institution", endedOn.plusDays(20));
		report(ICT, "Malware before the training", endedOn.minusDays(60));

		JsonNode second = sessionComparison(programme);
		assertThat(second.get("trainedIncidents").get("after").asDouble())
			.isEqualTo(trained.get("after").asDouble() + 1, within(1e-9));
		assertThat(second.get("trainedIncidents").get("before").asDouble())
			.isEqualTo(trained.get("before").asDouble() + 1, within(1e-9));
		assertThat(second.get("otherIncidents").get("after").asDouble())
			.isEqualTo(others.get("after").asDouble() + 1.0 / notReached, within(1e-9));
		// One trained institution is fewer than the minimum sample: no effect rather than a misleading number.
		assertThat(second.get("trainedIncidents").get("n").asLong()).isEqualTo(1);
		assertThat(second.get("trainedScore").get("n").asLong()).isZero();
		assertThat(second.get("incidentEffect").isNull()).isTrue();
		assertThat(second.get("scoreEffect").isNull()).isTrue();
	}

	@Test
	void onlyAuthorityStaffSeeTheImpactInEitherLanguage() throws Exception {
		UUID programme = jdbc.sql("select id from training_programme order by created_at limit 1").query(UUID.class).single();
		mvc.perform(get("/training/programmes/" + programme + "/impact").with(as(context, COORDINATOR)).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Change of trained institutions against the others")))
			.andExpect(content().string(containsString("Whole programme")));
		mvc.perform(get("/training/programmes/" + programme + "/impact").with(as(context, "executive@ega.go.tz"))
			.header("Accept-Language", "sw")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Programu nzima")));
		mvc.perform(get("/training/programmes/" + programme + "/impact").with(as(context, ICT))).andExpect(status().isForbidden());
		mvc.perform(api(get("/api/v1/training/programmes/" + programme + "/impact"), ICT)).andExpect(status().isForbidden());
		mvc.perform(api(get("/api/v1/training/programmes/" + UUID.randomUUID() + "/impact"), COORDINATOR))
			.andExpect(status().isNotFound());
	}

	/** The demo's security programme: a readiness assessment before its sessions and the baseline after, incidents around them. */
	@Test
	void theDemoProgrammeShowsScoresBeforeAndAfterWithTheirEffectAndExportsThem() throws Exception {
		UUID programme = jdbc.sql("select id from training_programme where title_en = 'ICT systems security management'")
			.query(UUID.class).single();
		JsonNode impact = json(mvc.perform(api(get("/api/v1/training/programmes/" + programme + "/impact"), "executive@ega.go.tz"))
			.andExpect(status().isOk()));
		JsonNode overall = impact.get("overall");
		JsonNode trained = overall.get("trainedScore");
		JsonNode others = overall.get("otherScore");
		assertThat(trained.get("n").asLong()).isGreaterThanOrEqualTo(impact.get("minSample").asLong());
		assertThat(overall.get("scoreEffect").asDouble()).isEqualTo(
				trained.get("delta").asDouble() - others.get("delta").asDouble(), within(1e-9));
		assertThat(overall.get("areas").size()).isGreaterThan(5);
		assertThat(impact.get("phases")).hasSize(2);

		// One trained institution's scores are its readiness assessment (before) and its baseline (after).
		JsonNode row = impact.get("institutions").get(0);
		UUID institution = UUID.fromString(row.get("institutionId").asString());
		java.util.List<java.math.BigDecimal> accepted = jdbc.sql("""
				select a.score from assessment a where a.institution_id = :i and a.status = 'ACCEPTED' order by a.accepted_at""")
			.param("i", institution).query(java.math.BigDecimal.class).list();
		assertThat(row.get("scoreBefore").decimalValue()).isEqualByComparingTo(accepted.get(0));
		assertThat(row.get("scoreAfter").decimalValue()).isEqualByComparingTo(accepted.get(1));

		byte[] xlsx = mvc.perform(get("/training/programmes/" + programme + "/impact.xlsx").with(as(context, COORDINATOR))
			.header("Accept-Language", "sw")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Ulinganisho", "Maeneo", "Taasisi zilizofunzwa");
			assertThat(workbook.getSheet(2).orElseThrow().openStream().count() - 1).isEqualTo(impact.get("institutions").size());
		}
		byte[] pdf = mvc.perform(get("/training/programmes/" + programme + "/impact.pdf").with(as(context, COORDINATOR))
			.header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Training impact: ICT systems security management").contains("Whole programme")
				.contains(row.get("acronym").asString());
		}
		mvc.perform(get("/training/programmes/" + programme + "/impact.pdf").with(as(context, ICT))).andExpect(status().isForbidden());
	}
}
