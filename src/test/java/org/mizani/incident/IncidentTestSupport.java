package org.mizani.incident;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.mizani.IntegrationTestSupport;
import org.mizani.platform.LocalTimes;
import tools.jackson.databind.JsonNode;

/** Reporting demo incidents through the API, shared by the incident tests. */
public abstract class IncidentTestSupport extends IntegrationTestSupport {

	static final String ICT = "ict.officer@dodomacc.go.tz";
	static final String HEAD = "head@dodomacc.go.tz";
	static final String VIEWER = "viewer@dodomacc.go.tz";
	static final String MOF = "ict.officer@mof.go.tz";
	static final String ANALYST = "security@ega.go.tz";
	static final String PARTNER = "cert@tcra.go.tz";
	static final String EXECUTIVE = "executive@ega.go.tz";

	static LocalDateTime hoursAgo(long hours) {
		return LocalDateTime.now(LocalTimes.ZONE).truncatedTo(ChronoUnit.MINUTES).minusHours(hours);
	}

	/** The JSON of an incident report: a high-severity ransomware incident detected at {@code detected}. */
	public static String report(String title, LocalDateTime detected, String tlp, String extra) {
		return """
				{"title": "%s", "description": "Users saw a ransom note", "detectedAt": "%s", "startedAt": "%s",
				 "classCode": "malicious-code", "typeCode": "ransomware", "severity": "HIGH", "tlp": "%s",
				 "servicesDown": "Revenue collection", "usersAffected": 40 %s}
				""".formatted(title, detected, detected.minusHours(2), tlp, extra);
	}

	UUID reported(String email, String title, LocalDateTime detected, String tlp) throws Exception {
		JsonNode created = json(mvc.perform(api(post("/api/v1/incidents"), email).content(report(title, detected, tlp, "")))
			.andExpect(status().isCreated()));
		return UUID.fromString(created.get("id").asString());
	}

	long version(UUID incident) {
		return jdbc.sql("select version from incident where id = :id").param("id", incident).query(Long.class).single();
	}
}
