package org.mizani.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.MizaniIntegrationTest;
import org.mizani.platform.Today;

@MizaniIntegrationTest
class FollowUpIT extends TrainingTestSupport {

	private List<UUID> followUpsOf(UUID session) {
		return jdbc.sql("select id from training_follow_up where session_id = :s order by months").param("s", session).query(UUID.class)
			.list();
	}

	@Test
	void completingASessionSchedulesFollowUpsThatTheInstitutionAnswersOnceAndTheAuthorityReads() throws Exception {
		UUID session = completedSession(2025, LocalDate.of(2025, 9, 1));
		List<UUID> followUps = followUpsOf(session);
		assertThat(followUps).as("+3 and +6 months for the one institution reached").hasSize(2);
		assertThat(jdbc.sql("select due_on from training_follow_up where id = :f").param("f", followUps.get(0)).query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2025, 12, 3));
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("training.follow-ups-scheduled", session) == 1);

		String page = "/training/follow-ups/" + followUps.get(0);
		mvc.perform(get(page).with(as(context, MOF))).andExpect(status().isNotFound());
		mvc.perform(get(page).with(as(context, ICT)).header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Enforces two-step sign-in for administrators")));
		mvc.perform(post(page).with(as(context, ICT)).with(csrf()).param("practice-SECURITY", "P99"))
			.andExpect(flash().attributeExists("problems"));
		mvc.perform(post(page).with(as(context, ICT)).with(csrf()).param("challenge-C1", "MAYBE"))
			.andExpect(flash().attributeExists("problems"));
		mvc.perform(post(page).with(as(context, MOF)).with(csrf()).param("practice-SECURITY", "P3")).andExpect(status().isNotFound());
		mvc.perform(post(page).with(as(context, COORDINATOR)).with(csrf()).param("practice-SECURITY", "P3"))
			.andExpect(status().isForbidden());
		mvc.perform(post(page).with(as(context, ICT)).with(csrf()).param("practice-SECURITY", "P3", "P5")
			.param("practice-INCIDENTS", "P7").param("challenge-C1", "PARTLY_SOLVED").param("challenge-C2", "SOLVED")
			.param("supportNeeded", "<b>More labs</b>")).andExpect(flash().attribute("flash", "training.follow-up.thanks"));
		mvc.perform(post(page).with(as(context, ICT)).with(csrf()).param("practice-SECURITY", "P3"))
			.andExpect(flash().attributeExists("problems"));
		mvc.perform(get(page).with(as(context, COORDINATOR)).header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Partly solved"))).andExpect(content().string(containsString("&lt;b&gt;More labs")));

		UUID programme = jdbc.sql("select programme_id from training_session where id = :s").param("s", session).query(UUID.class).single();
		var summary = summary(programme);
		assertThat(summary.answered()).isEqualTo(1);
		assertThat(summary.due()).isEqualTo(1);
		assertThat(summary.practicesApplied().get("P3")).isEqualTo(1);
		assertThat(summary.practicesApplied().get("P6")).isZero();
		assertThat(summary.challenges().get("C1").partlySolved()).isEqualTo(1);
		assertThat(summary.challenges().get("C2").solved()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("training.follow-up-answered", followUps.get(0)) == 1);

		// the reminder job announces each due follow-up once a week, not twice on the same day
		Object service = context.getBean(Class.forName("org.mizani.training.internal.FollowUpService"));
		java.lang.reflect.Method remind = service.getClass().getMethod("remind");
		int first = (int) remind.invoke(service);
		assertThat(first).isPositive();
		assertThat(jdbc.sql("select notified_on from training_follow_up where id = :f").param("f", followUps.get(1))
			.query(LocalDate.class).single()).isEqualTo(context.getBean(Today.class).date());
		assertThat((int) remind.invoke(service)).isZero();
	}

	private FollowUpSummary summary(UUID programme) {
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(org.mizani.identity.internal.TestLogins.authenticationOf(context, COORDINATOR));
		try {
			return context.getBean(FollowUps.class).summary(programme);
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	@Test
	void aFollowUpOpensOnItsDueDateAndVisitsAreRecordedByTheAuthority() throws Exception {
		LocalDate today = context.getBean(Today.class).date();
		UUID session = recentlyCompletedSession();
		UUID followUp = followUpsOf(session).get(0);
		mvc.perform(post("/training/follow-ups/" + followUp).with(as(context, ICT)).with(csrf()).param("practice-SECURITY", "P3"))
			.andExpect(flash().attributeExists("problems"));
		UUID programme = jdbc.sql("select programme_id from training_session where id = :s").param("s", session).query(UUID.class).single();
		String visits = "/training/programmes/" + programme + "/visits";
		mvc.perform(post(visits).with(as(context, COORDINATOR)).with(csrf()).param("institutionId", institutionId("DODOMA-CC").toString())
			.param("visitedOn", today.plusDays(3).toString()).param("visitors", "eGA team").param("findings", "x").param("rating", "4"))
			.andExpect(flash().attributeExists("problems"));
		mvc.perform(post(visits).with(as(context, COORDINATOR)).with(csrf()).param("institutionId", institutionId("DODOMA-CC").toString())
			.param("visitedOn", today.toString()).param("visitors", "eGA team").param("findings", "Backups now tested monthly")
			.param("rating", "4")).andExpect(flash().attribute("flash", "training.visit.recorded"));
		mvc.perform(post(visits).with(as(context, ICT)).with(csrf()).param("institutionId", institutionId("DODOMA-CC").toString()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/training/programmes/" + programme).with(as(context, ICT)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Backups now tested monthly")));
		mvc.perform(get("/training/programmes/" + programme).with(as(context, MOF)).header("Accept-Language", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Backups now tested monthly"))));
	}

	@Test
	void theAuthorityOpensAnActionForTheInstitutionFromAVisitFinding() throws Exception {
		LocalDate today = context.getBean(Today.class).date();
		UUID session = recentlyCompletedSession();
		UUID programme = jdbc.sql("select programme_id from training_session where id = :s").param("s", session).query(UUID.class).single();
		mvc.perform(post("/training/programmes/" + programme + "/visits").with(as(context, COORDINATOR)).with(csrf())
			.param("institutionId", institutionId("DODOMA-CC").toString()).param("visitedOn", today.toString())
			.param("visitors", "eGA team").param("findings", "Restores are never tested\nThe DR site has no network link")
			.param("rating", "2")).andExpect(flash().attribute("flash", "training.visit.recorded"));
		UUID visit = jdbc.sql("select id from training_visit where programme_id = :p").param("p", programme).query(UUID.class).single();
		String path = "/training/visits/" + visit + "/actions";
		long actions = jdbc.sql("select count(*) from remediation_action").query(Long.class).single();

		// bad input: no title, a due date in the past, an unknown priority; an institution user may not
		mvc.perform(post(path).with(as(context, COORDINATOR)).with(csrf()).param("title", " ").param("dueDate", today.plusDays(30).toString())
			.param("priority", "HIGH")).andExpect(flash().attributeExists("problems"));
		mvc.perform(post(path).with(as(context, COORDINATOR)).with(csrf()).param("title", "Test restores")
			.param("dueDate", today.minusDays(1).toString()).param("priority", "HIGH")).andExpect(flash().attributeExists("problems"));
		mvc.perform(post(path).with(as(context, COORDINATOR)).with(csrf()).param("title", "Test restores")
			.param("dueDate", today.plusDays(30).toString()).param("priority", "URGENT")).andExpect(status().is4xxClientError());
		mvc.perform(post(path).with(as(context, ICT)).with(csrf()).param("title", "Test restores")
			.param("dueDate", today.plusDays(30).toString()).param("priority", "HIGH")).andExpect(status().isForbidden());
		mvc.perform(post("/training/visits/" + UUID.randomUUID() + "/actions").with(as(context, COORDINATOR)).with(csrf())
			.param("title", "x").param("dueDate", today.plusDays(30).toString()).param("priority", "HIGH"))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from remediation_action").query(Long.class).single()).isEqualTo(actions);

		mvc.perform(post(path).with(as(context, COORDINATOR)).with(csrf()).param("title", "Test restores every quarter")
			.param("description", "Restores are never tested").param("dueDate", today.plusDays(60).toString()).param("priority", "HIGH"))
			.andExpect(flash().attribute("flash", "training.visit.action.opened"));
		UUID action = jdbc.sql("select action_id from training_visit_action where visit_id = :v").param("v", visit).query(UUID.class)
			.single();
		assertThat(jdbc.sql("select source || ' ' || institution_id from remediation_action where id = :a").param("a", action)
			.query(String.class).single()).isEqualTo("FOLLOW_UP_VISIT " + institutionId("DODOMA-CC"));

		// the programme page lists it under the visit; the institution works it like any other action; others do not see it
		mvc.perform(get("/training/programmes/" + programme).with(as(context, COORDINATOR)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Test restores every quarter")));
		mvc.perform(get("/actions/" + action).with(as(context, ICT)).header("Accept-Language", "sw")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Matokeo ya ziara ya ufuatiliaji")))
			.andExpect(content().string(containsString("Follow-up visit / Ziara ya ufuatiliaji " + today)));
		mvc.perform(get("/actions?status=OPEN").with(as(context, ICT)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Test restores every quarter")));
		mvc.perform(get("/actions/" + action).with(as(context, MOF))).andExpect(status().isNotFound());
		mvc.perform(api(get("/api/v1/actions/" + action), ICT)).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.source").value("FOLLOW_UP_VISIT"));
	}

	@Test
	void followUpsAndVisitsOverTheApi() throws Exception {
		UUID session = completedSession(2025, LocalDate.of(2025, 8, 4));
		UUID programme = jdbc.sql("select programme_id from training_session where id = :s").param("s", session).query(UUID.class).single();
		UUID followUp = followUpsOf(session).get(0);
		String answers = "/api/v1/training/follow-ups/" + followUp + "/answers";
		String body = """
				{"practices": {"SECURITY": ["P3"]}, "challenges": {"C1": "SOLVED"}, "supportNeeded": "A lab"}""";

		assertThat(json(mvc.perform(api(get("/api/v1/training/follow-ups?programme=" + programme), ICT)).andExpect(status().isOk())))
			.hasSize(2);
		assertThat(json(mvc.perform(api(get("/api/v1/training/follow-ups?programme=" + programme), MOF)).andExpect(status().isOk())))
			.isEmpty();
		mvc.perform(api(get("/api/v1/training/follow-ups/" + followUp), MOF)).andExpect(status().isNotFound());
		mvc.perform(api(put(answers), MOF).content(body)).andExpect(status().isNotFound());
		mvc.perform(api(put(answers), COORDINATOR).content(body)).andExpect(status().isForbidden());
		mvc.perform(api(put(answers), ICT).content("{\"challenges\": {\"C1\": \"MAYBE\"}}")).andExpect(status().isBadRequest());
		mvc.perform(api(put(answers), ICT).content(body)).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.answered").value(true))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.answers.challenges.C1").value("SOLVED"));
		mvc.perform(api(put(answers), ICT).content(body)).andExpect(status().isUnprocessableContent());
		mvc.perform(api(get("/api/v1/training/programmes/" + programme + "/follow-up-summary"), COORDINATOR))
			.andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.answered").value(1));

		String visit = """
				{"institutionId": "%s", "visitedOn": "2026-01-15", "visitors": "eGA team", "findings": "Restores tested", "rating": 5}
				""".formatted(institutionId("DODOMA-CC"));
		mvc.perform(api(post("/api/v1/training/programmes/" + programme + "/visits"), ICT).content(visit))
			.andExpect(status().isForbidden());
		mvc.perform(api(post("/api/v1/training/programmes/" + programme + "/visits"), COORDINATOR).content(visit.replace("5}", "9}")))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field").value("rating"));
		UUID visitId = UUID.fromString(json(mvc.perform(api(post("/api/v1/training/programmes/" + programme + "/visits"), COORDINATOR)
			.content(visit)).andExpect(status().isCreated())).get("id").asString());
		mvc.perform(api(post("/api/v1/training/visits/" + visitId + "/actions"), COORDINATOR).content("""
				{"title": "Keep testing restores", "dueDate": "%s", "priority": "LOW", "version": 0}"""
			.formatted(context.getBean(Today.class).date().plusDays(90)))).andExpect(status().isCreated())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.actions[0].title")
				.value("Keep testing restores"));
		assertThat(json(mvc.perform(api(get("/api/v1/training/programmes/" + programme + "/visits"), ICT)))).hasSize(1);
		assertThat(json(mvc.perform(api(get("/api/v1/training/programmes/" + programme + "/visits"), MOF)))).isEmpty();
	}
}
