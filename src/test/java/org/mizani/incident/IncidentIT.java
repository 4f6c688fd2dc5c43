package org.mizani.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.MizaniIntegrationTest;
import org.mizani.platform.LocalTimes;
import tools.jackson.databind.JsonNode;

@MizaniIntegrationTest
class IncidentIT extends IncidentTestSupport {

	@Test
	void anIncidentIsReportedTriagedContainedAndClosedWithItsLessonsEveryStepAudited() throws Exception {
		UUID system = jdbc.sql("select id from ict_system where institution_id = :i and criticality = 'CRITICAL' limit 1")
			.param("i", institutionId("DODOMA-CC")).query(UUID.class).single();
		LocalDateTime detected = hoursAgo(2);
		JsonNode created = json(mvc.perform(api(post("/api/v1/incidents"), ICT)
			.content(report("Ransomware on the revenue server", detected, "AMBER", ", \"systems\": [\"" + system + "\"]")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("REPORTED"))
			.andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.matchesPattern("INC-\\d{4}-\\d{5}")))
			.andExpect(jsonPath("$.overdue").value(false)));
		UUID id = UUID.fromString(created.get("id").asString());
		String path = "/api/v1/incidents/" + id;

		// the reporting clock starts at detection
		JsonNode stages = json(mvc.perform(api(get(path + "/stages"), ICT)).andExpect(status().isOk()));
		Instant detectedAt = detected.atZone(LocalTimes.ZONE).toInstant();
		assertThat(stages.get(0).get("code").asString()).isEqualTo("EARLY_WARNING");
		assertThat(Instant.parse(stages.get(0).get("dueAt").asString())).isEqualTo(detectedAt.plus(Duration.ofHours(24)));
		assertThat(Instant.parse(stages.get(1).get("dueAt").asString())).isEqualTo(detectedAt.plus(Duration.ofHours(72)));
		assertThat(created.get("nextDue").asString()).isEqualTo(stages.get(0).get("dueAt").asString());

		// only analysts triage
		String triage = "{\"classCode\": \"malicious-code\", \"typeCode\": \"ransomware\", \"severity\": \"CRITICAL\", \"tlp\": \"AMBER\"}";
		mvc.perform(api(put(path + "/triage"), ICT).content(triage)).andExpect(status().isForbidden());
		mvc.perform(api(put(path + "/triage"), ANALYST).header("If-Match", "\"99\"").content(triage)).andExpect(status().isConflict());
		mvc.perform(api(put(path + "/triage"), ANALYST).content(triage.replace("ransomware", "no-such-type")))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("incident.category.unknown"));
		mvc.perform(api(put(path + "/triage"), ANALYST).content(triage)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TRIAGED")).andExpect(jsonPath("$.severity").value("CRITICAL"));

		// forward through the lifecycle; never back, and closing needs the post-incident review
		mvc.perform(api(post(path + "/transitions"), ANALYST).content("{\"to\": \"CONTAINED\"}")).andExpect(status().isOk());
		mvc.perform(api(post(path + "/transitions"), ANALYST).content("{\"to\": \"TRIAGED\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("incident.transition.not-allowed"))
			.andExpect(jsonPath("$.errors[0].message").value("An incident that is CONTAINED cannot move to TRIAGED."));
		mvc.perform(api(post(path + "/transitions"), ANALYST).content("{\"to\": \"REJECTED\", \"reason\": \"late\"}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(api(post(path + "/transitions"), ANALYST).content("{\"to\": \"CLOSED\", \"rootCause\": \" \"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.length()").value(2));
		mvc.perform(api(post(path + "/transitions"), ICT).content("{\"to\": \"CLOSED\"}")).andExpect(status().isForbidden());
		mvc.perform(api(post(path + "/transitions"), ANALYST).content("""
				{"to": "CLOSED", "rootCause": "An unpatched VPN appliance", "lessonsLearned": "Patch edge devices within 14 days"}
				""")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.containedAt").isNotEmpty()).andExpect(jsonPath("$.closedAt").isNotEmpty());
		mvc.perform(api(put(path + "/triage"), ANALYST).content(triage)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("incident.not-open"));

		JsonNode entries = json(mvc.perform(api(get(path + "/entries"), ICT)));
		assertThat(entries.findValuesAsString("body")).containsSubsequence("REPORTED", "TRIAGED", "CONTAINED", "CLOSED");
		for (String action : new String[] { "incident.reported", "incident.triaged", "incident.contained", "incident.closed" }) {
			await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries(action, id) == 1);
		}
		assertThat(json(mvc.perform(api(get(path), ICT))).get("affectedSystems")).isNull();
		mvc.perform(get("/incidents/" + id).with(as(context, ICT)).header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("An unpatched VPN appliance")))
			.andExpect(content().string(containsString("Local Government Revenue Collection System")));
	}

	@Test
	void anotherInstitutionAPartnerBeforeEscalationAndOtherAuthorityStaffSeeNothing() throws Exception {
		UUID id = reported(ICT, "Defaced council web page " + UUID.randomUUID(), hoursAgo(1), "GREEN");
		String path = "/api/v1/incidents/" + id;
		mvc.perform(api(get(path), MOF)).andExpect(status().isNotFound());
		mvc.perform(api(get(path), PARTNER)).andExpect(status().isNotFound());
		mvc.perform(api(get(path), EXECUTIVE)).andExpect(status().isNotFound());
		mvc.perform(api(get(path + "/stix"), MOF)).andExpect(status().isNotFound());
		mvc.perform(api(get("/api/v1/incidents?size=200"), MOF)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", not(hasItem(id.toString()))));
		mvc.perform(api(get("/api/v1/incidents?size=200"), PARTNER))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(id.toString()))));

		// escalated: the partner sees it, comments on it, but does not handle it
		String partner = institutionId("TCRA").toString();
		mvc.perform(api(post(path + "/escalation"), ICT).content("{\"partner\": \"" + partner + "\", \"note\": \"x\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(api(post(path + "/escalation"), ANALYST).content("{\"partner\": \"" + institutionId("MOF") + "\", \"note\": \"x\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("incident.partner.unknown"));
		mvc.perform(api(post(path + "/escalation"), ANALYST).content("{\"partner\": \"" + partner + "\", \"note\": \"National scope\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.escalatedTo").value(partner));
		mvc.perform(api(post(path + "/escalation"), ANALYST).content("{\"partner\": \"" + partner + "\", \"note\": \"again\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("incident.escalation.already"));
		mvc.perform(api(get(path), PARTNER)).andExpect(status().isOk());
		mvc.perform(api(get("/api/v1/incidents?flag=ESCALATED&size=200"), PARTNER))
			.andExpect(jsonPath("$.items[*].id", hasItem(id.toString())));
		mvc.perform(api(post(path + "/entries"), PARTNER).content("{\"kind\": \"COMMENT\", \"text\": \"Seen at two other CERTs\", \"internal\": true}"))
			.andExpect(status().isCreated());
		mvc.perform(api(post(path + "/entries"), ICT).content("{\"kind\": \"COMMENT\", \"text\": \"Thank you\", \"internal\": true}"))
			.andExpect(status().isCreated());
		mvc.perform(api(put(path + "/triage"), PARTNER).content(
				"{\"classCode\": \"malicious-code\", \"typeCode\": \"ransomware\", \"severity\": \"LOW\", \"tlp\": \"CLEAR\"}"))
			.andExpect(status().isForbidden());
		// internal entries are for the handlers: the partner's internal note is hidden from the institution,
		// and an institution cannot make its own comment internal
		assertThat(json(mvc.perform(api(get(path + "/entries"), ICT))).findValuesAsString("body"))
			.contains("Thank you").doesNotContain("Seen at two other CERTs");
		assertThat(json(mvc.perform(api(get(path + "/entries"), PARTNER))).findValuesAsString("body"))
			.contains("Seen at two other CERTs", "Thank you");
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("incident.escalated", id) == 1);
	}

	@Test
	void aRedIncidentIsSeenInsideTheInstitutionOnlyByTheReporterAndThePeopleNamed() throws Exception {
		UUID id = reported(ICT, "Leak of staff records " + UUID.randomUUID(), hoursAgo(3), "RED");
		String path = "/api/v1/incidents/" + id;
		mvc.perform(api(get(path), ICT)).andExpect(status().isOk());
		mvc.perform(api(get(path), HEAD)).andExpect(status().isNotFound());
		mvc.perform(api(get(path), VIEWER)).andExpect(status().isNotFound());
		mvc.perform(api(get("/api/v1/incidents?size=200"), HEAD)).andExpect(jsonPath("$.items[*].id", not(hasItem(id.toString()))));
		mvc.perform(api(get(path), ANALYST)).andExpect(status().isOk());

		UUID head = jdbc.sql("select id from app_user where email = :e").param("e", HEAD).query(UUID.class).single();
		UUID mofOfficer = jdbc.sql("select id from app_user where email = :e").param("e", MOF).query(UUID.class).single();
		mvc.perform(post("/incidents/" + id + "/people").with(as(context, ICT)).with(csrf()).param("user", mofOfficer.toString()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("problems"));
		mvc.perform(post("/incidents/" + id + "/people").with(as(context, ICT)).with(csrf()).param("user", head.toString()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "incident.people.saved"));
		mvc.perform(api(get(path), HEAD)).andExpect(status().isOk());
		mvc.perform(api(get(path), VIEWER)).andExpect(status().isNotFound());
		mvc.perform(post("/incidents/" + id + "/people/" + head + "/remove").with(as(context, ICT)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(api(get(path), HEAD)).andExpect(status().isNotFound());
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("incident.person-named", id) == 1);
	}

	@Test
	void indicatorsAreValidatedKeptOnceAndShowTheOtherIncidentsThatSawThem() throws Exception {
		UUID dodoma = reported(ICT, "Beaconing to a known C2 " + UUID.randomUUID(), hoursAgo(5), "AMBER");
		UUID mof = reported(MOF, "Beaconing seen at the ministry " + UUID.randomUUID(), hoursAgo(4), "AMBER");
		String ip = "198.51.100." + (1 + (int) (Math.random() * 250));
		mvc.perform(api(post("/api/v1/incidents/" + dodoma + "/indicators"), ANALYST)
			.content("{\"kind\": \"IPV4\", \"value\": \"" + ip.replace(".", "[.]") + "\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.value").value(ip));
		JsonNode second = json(mvc.perform(api(post("/api/v1/incidents/" + mof + "/indicators"), ANALYST)
			.content("{\"kind\": \"IPV4\", \"value\": \" " + ip + " \", \"note\": \"outbound 443\"}")).andExpect(status().isCreated()));
		assertThat(second.get("alsoSeenIn").get(0).get("incident").asString()).isEqualTo(dodoma.toString());
		assertThat(jdbc.sql("select count(*) from indicator where value = :v").param("v", ip).query(Long.class).single()).isOne();

		// an institution sees the indicator on its incident, never another institution's incident through it
		JsonNode seenByMof = json(mvc.perform(api(get("/api/v1/incidents/" + mof + "/indicators"), MOF)));
		assertThat(seenByMof.get(0).get("alsoSeenIn")).isEmpty();

		mvc.perform(api(post("/api/v1/incidents/" + mof + "/indicators"), ANALYST).content("{\"kind\": \"IPV4\", \"value\": \"300.1.1.1\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("incident.indicator.invalid.IPV4"))
			.andExpect(jsonPath("$.errors[0].message").value("This is not an IPv4 address (e.g. 203.0.113.7)."));
		mvc.perform(api(post("/api/v1/incidents/" + mof + "/indicators"), ANALYST).content("{\"kind\": \"SHA256\", \"value\": \"abc\"}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(api(post("/api/v1/incidents/" + mof + "/indicators"), ANALYST).content("{\"kind\": \"IP\", \"value\": \"1.2.3.4\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(api(post("/api/v1/incidents/" + mof + "/indicators"), MOF).content("{\"kind\": \"IPV4\", \"value\": \"1.2.3.4\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void reportingStagesAreSentReviewedAndTheFinalReportCountsFromTheNotification() throws Exception {
		UUID id = reported(ICT, "Mail server compromise " + UUID.randomUUID(), hoursAgo(80), "GREEN");
		String path = "/api/v1/incidents/" + id;
		// detected 80 hours ago: the early warning (24 h) and the notification (72 h) are overdue
		mvc.perform(api(get(path), ICT)).andExpect(jsonPath("$.overdue").value(true));
		mvc.perform(api(get("/api/v1/incidents?flag=OVERDUE&size=200"), ICT)).andExpect(jsonPath("$.items[*].id", hasItem(id.toString())));

		mvc.perform(api(put(path + "/stages/EARLY_WARNING"), VIEWER).content("{\"report\": \"x\"}")).andExpect(status().isForbidden());
		mvc.perform(api(put(path + "/stages/EARLY_WARNING"), MOF).content("{\"report\": \"x\"}")).andExpect(status().isNotFound());
		mvc.perform(api(put(path + "/stages/NO_SUCH_STAGE"), ICT).content("{\"report\": \"x\"}")).andExpect(status().isNotFound());
		mvc.perform(api(put(path + "/stages/EARLY_WARNING"), ICT).content("{\"report\": \"Mail relay abused; isolating\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(api(put(path + "/stages/EARLY_WARNING/review"), ANALYST).content("{\"review\": \"REVISION_REQUIRED\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("comment"));
		mvc.perform(api(put(path + "/stages/EARLY_WARNING/review"), ANALYST)
			.content("{\"review\": \"REVISION_REQUIRED\", \"comment\": \"Say which accounts\"}")).andExpect(status().isNoContent());
		mvc.perform(api(put(path + "/stages/EARLY_WARNING"), ICT).content("{\"report\": \"Accounts: finance01, finance02\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(api(put(path + "/stages/EARLY_WARNING/review"), ANALYST).content("{\"review\": \"ACCEPTED\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(api(put(path + "/stages/EARLY_WARNING"), ICT).content("{\"report\": \"again\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("incident.stage.already-sent"));

		mvc.perform(api(put(path + "/stages/NOTIFICATION"), ICT).content("{\"report\": \"Full notification\"}")).andExpect(status().isNoContent());
		JsonNode stages = json(mvc.perform(api(get(path + "/stages"), ICT)));
		Instant sent = Instant.parse(stages.get(1).get("submittedAt").asString());
		Instant finalDue = Instant.parse(stages.get(2).get("dueAt").asString());
		assertThat(finalDue).isEqualTo(sent.atZone(LocalTimes.ZONE).plusMonths(1).toInstant());
		assertThat(stages.get(0).get("review").asString()).isEqualTo("ACCEPTED");
		mvc.perform(api(get(path), ICT)).andExpect(jsonPath("$.overdue").value(false));
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("incident.stage-sent", id) == 3);
	}

	@Test
	void wrongDatesUnknownCategoriesAndForeignSystemsAreRefusedAndNothingIsStored() throws Exception {
		long before = jdbc.sql("select count(*) from incident").query(Long.class).single();
		mvc.perform(api(post("/api/v1/incidents"), ICT).content(report("Future", LocalDateTime.now(LocalTimes.ZONE).plusDays(2), "GREEN", "")))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("incident.time.future"));
		mvc.perform(api(post("/api/v1/incidents"), ICT).content(report("Order", hoursAgo(1), "GREEN", "")
			.replaceFirst("\"startedAt\": \"[^\"]+\"", "\"startedAt\": \"" + hoursAgo(0).plusMinutes(1) + "\"")))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("incident.time.order"));
		mvc.perform(api(post("/api/v1/incidents"), ICT).content(report("Category", hoursAgo(1), "GREEN", "").replace("ransomware", "alien")))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("incident.category.unknown"));
		UUID mofSystem = jdbc.sql("select id from ict_system where institution_id = :i limit 1").param("i", institutionId("MOF"))
			.query(UUID.class).single();
		mvc.perform(api(post("/api/v1/incidents"), ICT).content(report("Systems", hoursAgo(1), "GREEN", ", \"systems\": [\"" + mofSystem + "\"]")))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("incident.systems.not-registered"));
		mvc.perform(api(post("/api/v1/incidents"), ANALYST).content(report("On behalf", hoursAgo(1), "GREEN", "")))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("institutionId"));
		mvc.perform(api(post("/api/v1/incidents"), ICT).content(report("TLP", hoursAgo(1), "PURPLE", ""))).andExpect(status().isBadRequest());
		mvc.perform(api(post("/api/v1/incidents"), ICT).content("{\"title\": ")).andExpect(status().isBadRequest());
		mvc.perform(api(post("/api/v1/incidents"), VIEWER).content(report("Viewer", hoursAgo(1), "GREEN", ""))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from incident").query(Long.class).single()).isEqualTo(before);

		// the authority may report on an institution's behalf
		mvc.perform(api(post("/api/v1/incidents"), ANALYST).content(report("On behalf", hoursAgo(1), "GREEN",
				", \"institutionId\": \"" + institutionId("MOF") + "\""))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.onBehalf").value(true)).andExpect(jsonPath("$.institutionAcronym").value("MOF"));
	}

	@Test
	void attachmentsAreCheckedByContentStoredSafelyAndServedOnlyToThoseWhoSeeTheIncident() throws Exception {
		UUID id = reported(ICT, "Suspicious attachment " + UUID.randomUUID(), hoursAgo(2), "AMBER");
		String bearer = "Bearer " + org.mizani.identity.internal.TestLogins.sharedToken(context, ICT);
		byte[] exe = "MZ\u0090\u0000\u0003 this program cannot be run in DOS mode".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/incidents/" + id + "/files")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "invoice.pdf", "application/pdf", exe))
			.header("Authorization", bearer)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("file.type-not-allowed"));
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		JsonNode file = json(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/incidents/" + id + "/files")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "../../etc/ransom-note.pdf", "application/pdf", pdf))
			.header("Authorization", bearer)).andExpect(status().isCreated()));
		assertThat(file.get("filename").asString()).isEqualTo("ransom-note.pdf");
		assertThat(file.get("sha256").asString()).hasSize(64);
		mvc.perform(get("/incidents/files/" + file.get("id").asString()).with(as(context, ANALYST))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/incidents/files/" + file.get("id").asString()).with(as(context, MOF))).andExpect(status().isNotFound());
		mvc.perform(get("/incidents/files/" + file.get("id").asString()).with(as(context, PARTNER))).andExpect(status().isNotFound());
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("incident.file-attached", id) == 1);
	}

	@Test
	void theReportFormKeepsWhatWasTypedAndReportsWithTheChosenCategory() throws Exception {
		String title = "Form report " + UUID.randomUUID();
		mvc.perform(post("/incidents/new").with(as(context, ICT)).with(csrf()).header("Accept-Language", "en")
			.param("title", title).param("description", "<script>alert(1)</script>").param("detectedAt", "not a time")
			.param("category", "fraud/phishing").param("severity", "LOW").param("tlp", "GREEN"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(containsString("Not a valid value.")));
		mvc.perform(post("/incidents/new").with(as(context, ICT)).with(csrf()).param("title", title).param("description", "Phish")
			.param("detectedAt", hoursAgo(1).toString()).param("category", "fraud/phishing").param("severity", "LOW").param("tlp", "GREEN"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "incident.reported"));
		assertThat(jdbc.sql("select class_code || '/' || type_code from incident where title = :t").param("t", title)
			.query(String.class).single()).isEqualTo("fraud/phishing");
		mvc.perform(get("/incidents/new").with(as(context, EXECUTIVE))).andExpect(status().isForbidden());
		mvc.perform(get("/incidents/new").with(as(context, ANALYST))).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"institutionId\"")));
		mvc.perform(post("/incidents/new").with(as(context, EXECUTIVE)).with(csrf()).param("title", "x").param("description", "x")
			.param("detectedAt", hoursAgo(1).toString()).param("category", "fraud/phishing").param("severity", "LOW").param("tlp", "GREEN"))
			.andExpect(status().isForbidden());
	}
}
