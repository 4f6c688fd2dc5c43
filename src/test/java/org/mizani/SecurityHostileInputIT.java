package org.mizani;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.identity.internal.TestLogins;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriUtils;

/**
 * Hostile and malformed input against the systems register, incidents and continuity (issue 6), from a
 * printed seed ({@code -Dhostile.seed=…}): no server error, a problem body for every API refusal, nothing
 * stored by a refused request, and stored text shown escaped.
 */
@MizaniIntegrationTest
@org.junit.jupiter.api.Tag("exhaustive")
class SecurityHostileInputIT extends IntegrationTestSupport {

	static final int REQUESTS = 1_500;

	static final String ICT = "ict.officer@dodomacc.go.tz";
	static final String ANALYST = "security@ega.go.tz";

	static final List<String> SYSTEM_FIELDS = List.of("name", "purpose", "owningUnit", "businessOwner", "criticality", "hosting",
			"dataClassification", "personalData", "integrations", "publicUrl", "technologyStack", "vendor", "goLiveDate",
			"status", "rtoMinutes", "rpoMinutes");

	static final List<String> INCIDENT_FIELDS = List.of("institutionId", "title", "description", "detectedAt", "startedAt",
			"classCode", "typeCode", "severity", "tlp", "systems", "servicesDown", "usersAffected", "recordsAffected");

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void noHostileRequestCausesAServerErrorOrStoresAnything() throws Exception {
		long seed = HostileInput.seed("SecurityHostileInputIT");
		Random random = new Random(seed);
		HostileInput hostile = new HostileInput(random);
		String ictToken = TestLogins.sharedToken(context, ICT);
		String analystToken = TestLogins.sharedToken(context, ANALYST);
		UUID system = jdbc.sql("select s.id from ict_system s join institution i on i.id = s.institution_id where i.acronym = 'DODOMA-CC' limit 1")
			.query(UUID.class).single();
		UUID incident = jdbc.sql("select id from incident where title = 'Staff passwords phished through a fake mail login page'")
			.query(UUID.class).single();
		UUID plan = jdbc.sql("select p.id from dr_plan p join institution i on i.id = p.institution_id where i.acronym = 'DODOMA-CC' limit 1")
			.query(UUID.class).single();
		long systemsBefore = count("ict_system");
		long incidentsBefore = count("incident");
		long indicatorsBefore = count("incident_indicator");
		long drillsBefore = count("dr_drill");
		int systems = 0;
		int incidents = 0;
		int indicators = 0;
		int drills = 0;
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			AbstractMockHttpServletRequestBuilder<?> request;
			boolean api = false;
			String kind;
			String as = ICT;
			String bearer = ictToken;
			switch (random.nextInt(10)) {
				case 0 -> {
					kind = "api:system";
					api = true;
					request = post("/api/v1/systems").contentType(MediaType.APPLICATION_JSON).content(hostile.json(SYSTEM_FIELDS));
				}
				case 1 -> {
					kind = "form:system";
					request = post("/systems/new");
					for (String field : SYSTEM_FIELDS) {
						if (random.nextInt(3) > 0) {
							request.param(field, hostile.nasty());
						}
					}
				}
				case 2 -> {
					kind = "import:system";
					String csv = "name,purpose,criticality,hosting,data_classification,status\n" + HostileInput.escape(hostile.nasty())
							+ "," + hostile.nasty().replace(",", ";") + "," + hostile.nasty() + ",CLOUD,PUBLIC," + hostile.nasty() + "\n";
					request = MockMvcRequestBuilders.multipart("/systems/import").file(new MockMultipartFile("file",
							random.nextBoolean() ? "s.csv" : hostile.nasty() + ".xlsx", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
				}
				case 3 -> {
					kind = "api:incident";
					api = true;
					bearer = random.nextBoolean() ? ictToken : analystToken;
					request = post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON).content(hostile.json(INCIDENT_FIELDS));
				}
				case 4 -> {
					kind = "form:incident";
					request = post("/incidents/new").param("category", random.nextBoolean() ? "fraud/phishing" : hostile.nasty());
					for (String field : INCIDENT_FIELDS) {
						if (random.nextInt(3) > 0) {
							request.param(field, hostile.nasty());
						}
					}
				}
				case 5 -> {
					kind = "api:indicator";
					api = true;
					bearer = analystToken;
					request = post("/api/v1/incidents/" + incident + "/indicators").contentType(MediaType.APPLICATION_JSON)
						.content(random.nextBoolean() ? hostile.json(List.of("kind", "value", "note"))
								: "{\"kind\": \"" + List.of("IPV4", "IPV6", "DOMAIN", "URL", "MD5", "SHA1", "SHA256", "EMAIL")
									.get(random.nextInt(8)) + "\", \"value\": \"" + HostileInput.escape(hostile.nasty()) + "\"}");
				}
				case 6 -> {
					kind = "api:incident-steps";
					api = true;
					bearer = random.nextBoolean() ? ictToken : analystToken;
					String[] targets = { "/triage", "/transitions", "/stages/EARLY_WARNING", "/stages/" + hostile.nasty(),
							"/stages/NOTIFICATION/review", "/entries", "/tasks", "/escalation", "/assignee" };
					String target = targets[random.nextInt(targets.length)];
					request = (target.startsWith("/triage") || target.startsWith("/stages") || target.startsWith("/assignee")
							? put(URI.create("/api/v1/incidents/" + incident + UriUtils.encodePath(target, StandardCharsets.UTF_8)))
							: post("/api/v1/incidents/" + incident + target)).header("If-Match", hostile.nasty())
						.contentType(MediaType.APPLICATION_JSON).content(hostile.json(List.of("classCode", "typeCode", "severity",
								"tlp", "assignee", "to", "rootCause", "lessonsLearned", "relatedReference", "reason", "report",
								"review", "comment", "kind", "text", "internal", "occurredAt", "title", "owner", "dueOn", "partner",
								"note")));
				}
				case 7 -> {
					kind = "list:security";
					as = random.nextBoolean() ? ANALYST : ICT;
					String[] pages = { "/systems", "/systems/completeness", "/incidents", "/incidents/metrics", "/continuity",
							"/incidents/export.xlsx", "/systems/export.xlsx" };
					request = get(pages[random.nextInt(pages.length)]).param("q", hostile.nasty()).param("status", hostile.nasty())
						.param("severity", hostile.nasty()).param("category", hostile.nasty()).param("flag", hostile.nasty())
						.param("criticality", hostile.nasty()).param("hosting", hostile.nasty()).param("page", hostile.nasty())
						.param("by", hostile.nasty()).param("from", hostile.nasty()).param("to", hostile.nasty())
						.param("system", hostile.nasty()).param("institution", hostile.nasty()).param("sector", hostile.nasty());
				}
				case 8 -> {
					kind = "form:drill";
					request = post("/continuity/plans/" + plan + "/drills").param("heldOn", hostile.nasty())
						.param("scenario", hostile.nasty()).param("participants", hostile.nasty()).param("steps", hostile.nasty())
						.param("achievedRtoMinutes", hostile.nasty()).param("achievedRpoMinutes", hostile.nasty())
						.param("notes", hostile.nasty());
				}
				default -> {
					kind = "api:continuity";
					api = true;
					request = random.nextBoolean()
							? put(URI.create("/api/v1/continuity/systems/" + system + "/plan")).header("If-Match", hostile.nasty())
								.contentType(MediaType.APPLICATION_JSON).content(hostile.json(List.of("owner", "strategy",
										"strategyNotes", "rtoMinutes", "rpoMinutes", "lastReviewed", "nextReviewDue")))
							: post("/api/v1/continuity/plans/" + plan + "/drills").contentType(MediaType.APPLICATION_JSON)
								.content(hostile.json(List.of("heldOn", "scenario", "participants", "steps", "achievedRtoMinutes",
										"achievedRpoMinutes", "notes")));
				}
			}
			MockHttpServletResponse response = HostileInput.send(mvc, context, request, kind, api, as, bearer, failures);
			int status = response.getStatus();
			if ((kind.equals("api:system") && status == 201) || (kind.equals("form:system") && status == 302)) {
				systems++;
			}
			if (kind.equals("import:system") && status == 200
					&& response.getContentAsString().contains("alert alert-success\" role=\"status\" id=\"import-result\"")) {
				systems++;
			}
			if ((kind.equals("api:incident") && status == 201) || (kind.equals("form:incident") && status == 302)) {
				incidents++;
			}
			if (kind.equals("api:indicator") && status == 201) {
				indicators++;
			}
			if (kind.equals("api:continuity") && status == 201) {
				drills++;
			}
		}
		assertThat(failures).as("seed " + seed).isEmpty();
		assertThat(count("ict_system")).as("seed " + seed).isEqualTo(systemsBefore + systems);
		assertThat(count("incident")).as("seed " + seed).isEqualTo(incidentsBefore + incidents);
		assertThat(count("incident_indicator")).as("seed " + seed).isLessThanOrEqualTo(indicatorsBefore + indicators);
		assertThat(count("dr_drill")).as("seed " + seed).isEqualTo(drillsBefore + drills);
		String page = mvc.perform(get("/incidents/" + incident).with(as(context, ANALYST))).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x onerror");
		for (UUID id : jdbc.sql("select id from ict_system where name like '%<%' or purpose like '%<%'").query(UUID.class).list()) {
			String detail = mvc.perform(get("/systems/" + id).with(as(context, ANALYST))).andReturn().getResponse().getContentAsString();
			assertThat(detail).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x onerror");
		}
	}
}
