package org.mizani.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.mizani.MizaniIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Accepted scores as other modules and the API read them, checked against the demo data by plain SQL. */
@MizaniIntegrationTest
class ComplianceScoresIT extends AssessmentTestSupport {

	@Test
	void theNationalIndexIsTheMeanOfEachInstitutionsLatestAcceptedScore() throws Exception {
		BigDecimal expected = jdbc.sql("""
				select round(avg(score), 2) from (
				  select distinct on (a.institution_id) a.score from assessment a
				  where a.status = 'ACCEPTED' order by a.institution_id, a.accepted_at desc) latest
				""").query(BigDecimal.class).single();
		long assessed = jdbc.sql("select count(distinct institution_id) from assessment where status = 'ACCEPTED'")
			.query(Long.class).single();
		JsonNode index = json(mvc.perform(api(get("/api/v1/compliance/index"), "executive@ega.go.tz")).andExpect(status().isOk()));
		assertThat(index.get("index").decimalValue().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(expected);
		assertThat(index.get("institutionsAssessed").asLong()).isEqualTo(assessed).isGreaterThanOrEqualTo(30);
		mvc.perform(api(get("/api/v1/compliance/index"), ICT)).andExpect(status().isForbidden());
		mvc.perform(api(get("/api/v1/compliance/index?document=NO-SUCH-DOCUMENT"), OFFICER)).andExpect(status().isOk());
	}

	@Test
	void anInstitutionReadsOnlyItsOwnScores() throws Exception {
		JsonNode latest = json(mvc.perform(api(get("/api/v1/compliance/latest"), ICT)).andExpect(status().isOk()));
		assertThat(latest.size()).isEqualTo(1);
		assertThat(latest.get(0).get("institutionAcronym").asString()).isEqualTo("DODOMA-CC");
		assertThat(latest.get(0).get("areas").size()).isGreaterThan(5);
		mvc.perform(api(get("/api/v1/compliance/institutions/" + institutionId("MOF")), ICT)).andExpect(status().isNotFound());
		JsonNode history = json(mvc.perform(api(get("/api/v1/compliance/institutions/" + institutionId("MOF")), OFFICER))
			.andExpect(status().isOk()));
		assertThat(history.size()).isGreaterThanOrEqualTo(1);
		assertThat(history.findValuesAsString("campaignName")).as("oldest first")
			.startsWith("Readiness assessment 2020/21", "Baseline assessment 2021/22");
	}
}
