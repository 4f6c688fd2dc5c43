package org.mizani.assessment;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mizani.IntegrationTestSupport;
import org.mizani.platform.Today;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;
import static org.mizani.identity.internal.TestLogins.tokenFor;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Campaigns of their own for assessment tests, so that they never depend on the demo campaigns' state. */
abstract class AssessmentTestSupport extends IntegrationTestSupport {

	static final String OFFICER = "compliance@ega.go.tz";
	static final String ICT = "ict.officer@dodomacc.go.tz";
	static final String HEAD = "head@dodomacc.go.tz";
	static final String VIEWER = "viewer@dodomacc.go.tz";
	static final String MOF_ICT = "ict.officer@mof.go.tz";

	String token(String email) {
		return org.mizani.identity.internal.TestLogins.sharedToken(context, email);
	}

	LocalDate today() {
		return context.getBean(Today.class).date();
	}


	/** A draft campaign on the model baseline for the listed institutions. */
	UUID createCampaign(String name, String institutions, LateRule rule, LocalDate opens, LocalDate deadline) throws Exception {
		String body = """
				{"name": "%s", "versionId": "%s", "institutions": [%s], "opensOn": "%s", "deadline": "%s",
				 "instructionsSw": "Jazeni kwa ushahidi.", "instructionsEn": "Fill in with evidence.", "lateRule": "%s"}
				""".formatted(name, baselineVersion(), String.join(",", List.of(institutions.split(",")).stream()
			.map(s -> "\"" + s.strip() + "\"").toList()), opens, deadline, rule);
		JsonNode created = json(mvc.perform(api(post("/api/v1/campaigns"), OFFICER).content(body)).andExpect(status().isCreated()));
		return UUID.fromString(created.get("id").asString());
	}

	UUID launchedCampaign(String name, String institutions, LateRule rule, LocalDate opens, LocalDate deadline)
			throws Exception {
		UUID campaign = createCampaign(name, institutions, rule, opens, deadline);
		mvc.perform(api(post("/api/v1/campaigns/" + campaign + "/launch"), OFFICER)).andExpect(status().isAccepted());
		await().atMost(Duration.ofSeconds(30)).until(() -> "OPEN".equals(jdbc
			.sql("select status from assessment_campaign where id = :id").param("id", campaign).query(String.class).single()));
		return campaign;
	}

	UUID assessmentOf(UUID campaign, String acronym) {
		return jdbc.sql("select a.id from assessment a join institution i on i.id = a.institution_id where a.campaign_id = :c and i.acronym = :a")
			.param("c", campaign).param("a", acronym).query(UUID.class).single();
	}

	List<UUID> responsesOf(UUID assessment) {
		return jdbc.sql("select id from assessment_response where assessment_id = :a order by position").param("a", assessment)
			.query(UUID.class).list();
	}

	/** The officer answers every requirement with one result (bulk, through the API). */
	void answerAll(UUID assessment, Result result, String email) throws Exception {
		String ids = String.join(",", responsesOf(assessment).stream().map(id -> "\"" + id + "\"").toList());
		mvc.perform(api(post("/api/v1/assessments/" + assessment + "/bulk"), email)
			.content("{\"responses\": [" + ids + "], \"result\": \"" + result + "\", \"justification\": \"Checked\"}"))
			.andExpect(status().isOk());
	}

	long version(String path, String email) throws Exception {
		String etag = mvc.perform(api(get(path), email)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
		return Long.parseLong(etag.replace("\"", ""));
	}
}
