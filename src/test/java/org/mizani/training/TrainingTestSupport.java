package org.mizani.training;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.mizani.IntegrationTestSupport;

/** A completed session built through the API, shared by the training tests. */
abstract class TrainingTestSupport extends IntegrationTestSupport {

	static final String COORDINATOR = "training@ega.go.tz";
	static final String ICT = "ict.officer@dodomacc.go.tz";
	static final String MOF = "ict.officer@mof.go.tz";

	/** A new programme's session of the given fiscal year, open for nominations. */
	protected UUID openSession(int fiscalYear, LocalDate start) throws Exception {
		UUID programme = UUID.fromString(json(mvc.perform(api(post("/api/v1/training/programmes"), COORDINATOR).content("""
				{"titleSw": "Ufuatiliaji %1$s", "titleEn": "Follow-up %1$s", "fiscalYear": %2$d, "targetInstitutions": 10, "phases": 1}
				""".formatted(UUID.randomUUID(), fiscalYear))).andExpect(status().isCreated())).get("id").asString());
		UUID session = UUID.fromString(json(mvc.perform(api(post("/api/v1/training/sessions"), COORDINATOR).content("""
				{"programmeId": "%s", "phase": 1, "title": "Follow-up session", "startsOn": "%s", "endsOn": "%s", "venue": "Dodoma",
				 "region": "Dodoma", "capacity": 10, "quotaPerInstitution": 2}""".formatted(programme, start, start.plusDays(2))))
			.andExpect(status().isCreated())).get("id").asString());
		move(session, "OPEN");
		return session;
	}

	/** A completed session of the given fiscal year that Dodoma City Council's ICT officer attended. */
	protected UUID completedSession(int fiscalYear, LocalDate start) throws Exception {
		UUID session = openSession(fiscalYear, start);
		UUID officer = UUID.fromString(json(mvc.perform(api(post("/api/v1/training/sessions/" + session + "/nominations"), ICT)
			.content("{\"fullName\": \"Emmanuel Mbwambo\", \"email\": \"ict.officer@dodomacc.go.tz\"}")).andExpect(status().isCreated()))
			.get("id").asString());
		mvc.perform(api(post("/api/v1/training/nominations/" + officer + "/decision"), COORDINATOR).content("{\"decision\": \"APPROVED\"}"))
			.andExpect(status().isOk());
		move(session, "RUNNING");
		mvc.perform(api(put("/api/v1/training/sessions/" + session + "/attendance"), COORDINATOR)
			.content("{\"day\": \"" + start + "\", \"marks\": {\"" + officer + "\": \"PRESENT\"}}")).andExpect(status().isNoContent());
		move(session, "COMPLETED");
		return session;
	}

	protected void move(UUID session, String to) throws Exception {
		mvc.perform(api(post("/api/v1/training/sessions/" + session + "/status"), COORDINATOR).content("{\"to\": \"" + to + "\"}"))
			.andExpect(status().isOk());
	}

	/** A session of the current fiscal year that ended a few days ago (or starts on its first day, 1 July). */
	protected UUID recentlyCompletedSession() throws Exception {
		LocalDate today = context.getBean(org.mizani.platform.Today.class).date();
		int fiscalYear = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
		return completedSession(fiscalYear, LocalDate.of(fiscalYear, 7, 1).isAfter(today.minusDays(5))
				? LocalDate.of(fiscalYear, 7, 1) : today.minusDays(5));
	}
}
