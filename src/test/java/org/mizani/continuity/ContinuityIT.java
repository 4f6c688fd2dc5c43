package org.mizani.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.mizani.platform.Today;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;

@MizaniIntegrationTest
class ContinuityIT extends IntegrationTestSupport {

	static final String ICT = "ict.officer@dodomacc.go.tz";
	static final String MOF = "ict.officer@mof.go.tz";
	static final String ANALYST = "security@ega.go.tz";
	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private LocalDate today() {
		return context.getBean(Today.class).date();
	}

	/** A new critical system of Dodoma City Council with the given register targets. */
	private UUID criticalSystem(Integer rto, Integer rpo) throws Exception {
		String body = """
				{"name": "Water billing %s", "purpose": "Bills water", "criticality": "CRITICAL", "hosting": "CLOUD",
				 "dataClassification": "CONFIDENTIAL", "personalData": true, "goLiveDate": "2022-01-01", "status": "LIVE",
				 "businessOwner": "Head of Water", "rtoMinutes": %s, "rpoMinutes": %s}
				""".formatted(UUID.randomUUID().toString().substring(0, 8), rto, rpo);
		return UUID.fromString(json(mvc.perform(api(post("/api/v1/systems"), ICT).content(body)).andExpect(status().isCreated()))
			.get("id").asString());
	}

	private JsonNode readiness(String email) throws Exception {
		return json(mvc.perform(api(get("/api/v1/continuity/readiness?institution=" + institutionId("DODOMA-CC")), email))
			.andExpect(status().isOk())).get("total");
	}

	@Test
	void aCriticalSystemGetsAPlanFromTheRegistersTargetsAndDrillsArePassedOrFailedAgainstThem() throws Exception {
		JsonNode before = readiness(ANALYST);
		UUID system = criticalSystem(120, 15);
		JsonNode registered = readiness(ANALYST);
		assertThat(registered.get("criticalSystems").asLong()).isEqualTo(before.get("criticalSystems").asLong() + 1);
		assertThat(registered.get("withPlan").asLong()).isEqualTo(before.get("withPlan").asLong());

		// the plan takes the register's targets when it gives none; the next review defaults to a year on
		String plan = "{\"owner\": \"Head of ICT\", \"strategy\": \"BACKUP_RESTORE\", \"lastReviewed\": \"" + today().minusDays(10) + "\"}";
		mvc.perform(api(put("/api/v1/continuity/systems/" + system + "/plan"), ANALYST).content(plan)).andExpect(status().isForbidden());
		mvc.perform(api(put("/api/v1/continuity/systems/" + system + "/plan"), MOF).content(plan)).andExpect(status().isNotFound());
		JsonNode saved = json(mvc.perform(api(put("/api/v1/continuity/systems/" + system + "/plan"), ICT).content(plan))
			.andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\"")));
		assertThat(saved.get("rtoMinutes").asInt()).isEqualTo(120);
		assertThat(saved.get("rpoMinutes").asInt()).isEqualTo(15);
		assertThat(saved.get("nextReviewDue").asString()).isEqualTo(today().minusDays(10).plusMonths(12).toString());
		UUID planId = UUID.fromString(saved.get("id").asString());
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("continuity.plan-created", planId) == 1);

		// a drill within the targets passes, one beyond either target fails
		String drill = """
				{"heldOn": "%s", "scenario": "RANSOMWARE", "participants": "ICT unit, vendor", "steps": "Restore from backup",
				 "achievedRtoMinutes": %d, "achievedRpoMinutes": %d}
				""";
		mvc.perform(api(post("/api/v1/continuity/plans/" + planId + "/drills"), ICT).content(drill.formatted(today().minusDays(5), 110, 15)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.passed").value(true)).andExpect(jsonPath("$.rtoTarget").value(120));
		JsonNode failed = json(mvc.perform(api(post("/api/v1/continuity/plans/" + planId + "/drills"), ICT)
			.content(drill.formatted(today().minusDays(1), 90, 45))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.passed").value(false)));
		mvc.perform(api(post("/api/v1/continuity/plans/" + planId + "/drills"), ICT).content(drill.formatted(today().plusDays(1), 1, 1)))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("continuity.date.future"));
		mvc.perform(api(post("/api/v1/continuity/plans/" + planId + "/drills"), ICT).content(drill.formatted(today(), -5, 1)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("achievedRtoMinutes"));

		JsonNode after = readiness(ANALYST);
		assertThat(after.get("withPlan").asLong()).isEqualTo(before.get("withPlan").asLong() + 1);
		assertThat(after.get("drilledInYear").asLong()).isEqualTo(before.get("drilledInYear").asLong() + 1);
		assertThat(after.get("lastDrillMet").asLong()).as("the last drill failed").isEqualTo(before.get("lastDrillMet").asLong());
		assertThat(after.get("failedDrills").asLong()).isEqualTo(before.get("failedDrills").asLong() + 1);
		assertThat(readiness(ICT).get("withPlan").asLong()).isEqualTo(after.get("withPlan").asLong());
		mvc.perform(api(get("/api/v1/continuity/drills/failed?institution=" + institutionId("DODOMA-CC")), ANALYST))
			.andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.hasItem(failed.get("id").asString())))
			.andExpect(jsonPath("$[*].passed", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(false))));

		// the register's completeness no longer counts this system as critical without a plan
		JsonNode completeness = json(mvc.perform(api(get("/api/v1/systems/completeness"), ICT)));
		long unplanned = jdbc.sql("""
				select count(*) from ict_system s where s.institution_id = :i and s.criticality = 'CRITICAL' and s.status <> 'RETIRED'
				and not exists (select 1 from dr_plan p where p.system_id = s.id)
				""").param("i", institutionId("DODOMA-CC")).query(Long.class).single();
		assertThat(completeness.get(0).get("criticalWithoutPlan").asLong()).isEqualTo(unplanned);

		// issues found become actions with owners and due dates, followed to closure
		UUID drillId = UUID.fromString(failed.get("id").asString());
		mvc.perform(api(post("/api/v1/continuity/drills/" + drillId + "/actions"), ICT)
			.content("{\"description\": \"Replicate the database\", \"owner\": \"DBA\", \"dueOn\": \"" + today().plusMonths(1) + "\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.actions[0].done").value(false));
		mvc.perform(api(post("/api/v1/continuity/drills/" + drillId + "/actions"), ICT)
			.content("{\"description\": \"Too early\", \"owner\": \"DBA\", \"dueOn\": \"2001-01-01\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("continuity.action.due"));
		String action = json(mvc.perform(api(get("/api/v1/continuity/drills/" + drillId), ICT))).get("actions").get(0).get("id").asString();
		mvc.perform(api(post("/api/v1/continuity/drills/" + drillId + "/actions/" + action + "/done"), MOF)).andExpect(status().isNotFound());
		mvc.perform(api(post("/api/v1/continuity/drills/" + drillId + "/actions/" + action + "/done"), ICT))
			.andExpect(status().isOk()).andExpect(jsonPath("$.actions[0].done").value(true));
	}

	@Test
	void aPlanNeedsTargetsSomewhereAndAnUpdateWithAStaleVersionChangesNothing() throws Exception {
		UUID system = criticalSystem(null, null);
		String plan = "{\"owner\": \"Head of ICT\", \"strategy\": \"HOT_SITE\", \"lastReviewed\": \"" + today() + "\"}";
		mvc.perform(api(put("/api/v1/continuity/systems/" + system + "/plan"), ICT).content(plan))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("continuity.target.required"))
			.andExpect(jsonPath("$.errors[1].field").value("rpoMinutes"));
		String withTargets = plan.replace("}", ", \"rtoMinutes\": 60, \"rpoMinutes\": 0, \"nextReviewDue\": \"" + today().minusDays(1) + "\"}");
		mvc.perform(api(put("/api/v1/continuity/systems/" + system + "/plan"), ICT).content(withTargets))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("continuity.review.range"));
		mvc.perform(api(put("/api/v1/continuity/systems/" + system + "/plan"), ICT).content(withTargets.replace(
				today().minusDays(1).toString(), today().plusMonths(6).toString()))).andExpect(status().isOk());
		mvc.perform(api(put("/api/v1/continuity/systems/" + system + "/plan"), ICT).header("If-Match", "\"0\"")
			.content(withTargets.replace("HOT_SITE", "COLD_SITE").replace(today().minusDays(1).toString(), today().plusMonths(6).toString())))
			.andExpect(status().isOk()).andExpect(jsonPath("$.strategy").value("COLD_SITE"));
		mvc.perform(api(put("/api/v1/continuity/systems/" + system + "/plan"), ICT).header("If-Match", "\"0\"")
			.content(withTargets.replace("HOT_SITE", "WARM_SITE").replace(today().minusDays(1).toString(), today().plusMonths(6).toString())))
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("select strategy from dr_plan where system_id = :s").param("s", system).query(String.class).single())
			.isEqualTo("COLD_SITE");
	}

	@Test
	void thePlanDocumentIsCheckedStoredAndServedToTheInstitutionAndTheAuthorityOnly() throws Exception {
		UUID system = criticalSystem(30, 5);
		UUID plan = UUID.fromString(json(mvc.perform(api(put("/api/v1/continuity/systems/" + system + "/plan"), ICT)
			.content("{\"owner\": \"ICT\", \"strategy\": \"HOT_SITE\", \"lastReviewed\": \"" + today() + "\"}"))).get("id").asString());
		mvc.perform(multipart("/continuity/plans/" + plan + "/document").file(new MockMultipartFile("file", "plan.pdf", "application/pdf",
				"MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1))).with(as(context, ICT)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("problems"));
		mvc.perform(multipart("/continuity/plans/" + plan + "/document").file(new MockMultipartFile("file", "../../dr-plan.pdf",
				"application/pdf", PDF)).with(as(context, ICT)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "continuity.plan.document.saved"));
		mvc.perform(get("/continuity/plans/" + plan + "/document").with(as(context, ANALYST))).andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("dr-plan.pdf")));
		mvc.perform(get("/continuity/plans/" + plan + "/document").with(as(context, MOF))).andExpect(status().isNotFound());
		mvc.perform(get("/continuity/systems/" + system).with(as(context, ICT)).header("Accept-Language", "sw"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("dr-plan.pdf")))
			.andExpect(content().string(containsString("Weka jaribio")));
		mvc.perform(get("/continuity").with(as(context, ANALYST)).header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Critical systems without a DR plan")));
	}
}
