package org.mizani;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Hostile and malformed input, generated from a seed (printed, and settable with
 * {@code -Dhostile.seed=…}), against the forms and the API as the most privileged user: no answer is
 * a server error, every API refusal is a problem, a refused request stores nothing, and stored text
 * is shown escaped.
 */
@MizaniIntegrationTest
@org.junit.jupiter.api.Tag("exhaustive")
class HostileInputIT extends IntegrationTestSupport {

	static final int REQUESTS = 2_500;

	static final List<String> INSTITUTION_FIELDS = List.of("nameSw", "nameEn", "acronym", "type", "sector", "region",
			"parentId", "email", "phone", "postalAddress", "website", "headName", "headTitle", "ictContactName",
			"ictContactEmail", "ictContactPhone");

	private HostileInput hostile;

	private String nasty() {
		return hostile.nasty();
	}

	private String json(List<String> fields) {
		return hostile.json(fields);
	}

	private static String escape(String text) {
		return HostileInput.escape(text);
	}

	private Random random;

	@Test
	void noHostileRequestCausesAServerErrorOrStoresAnything() throws Exception {
		long seed = HostileInput.seed("HostileInputIT");
		random = new Random(seed);
		hostile = new HostileInput(random);
		String token = org.mizani.identity.internal.TestLogins.sharedToken(context, "admin@ega.go.tz");
		String officerToken = org.mizani.identity.internal.TestLogins.sharedToken(context, "compliance@ega.go.tz");
		String ictToken = org.mizani.identity.internal.TestLogins.sharedToken(context, "ict.officer@dodomacc.go.tz");
		UUID assessment = jdbc.sql("""
				select a.id from assessment a join assessment_campaign c on c.id = a.campaign_id
				join institution i on i.id = a.institution_id where i.acronym = 'DODOMA-CC' and c.status = 'OPEN'
				order by c.created_at limit 1""").query(UUID.class).single();
		UUID campaign = jdbc.sql("select campaign_id from assessment where id = :a").param("a", assessment).query(UUID.class).single();
		UUID answer = jdbc.sql("select id from assessment_response where assessment_id = :a order by position limit 1")
			.param("a", assessment).query(UUID.class).single();
		long campaignsBefore = jdbc.sql("select count(*) from assessment_campaign").query(Long.class).single();
		int createdCampaigns = 0;
		long projectsBefore = jdbc.sql("select count(*) from project").query(Long.class).single();
		int createdProjects = 0;
		UUID someInstitution = institutionId("NBS");
		UUID baseline = baselineVersion();
		long institutionsBefore = jdbc.sql("select count(*) from institution").query(Long.class).single();
		long usersBefore = jdbc.sql("select count(*) from app_user").query(Long.class).single();
		int created = 0;
		int createdUsers = 0;
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request;
			boolean api = false;
			String kind;
			String as = "admin@ega.go.tz";
			String bearer = token;
			switch (random.nextInt(19)) {
				case 0 -> {
					kind = "form:institution";
					request = post("/institutions");
					for (String field : INSTITUTION_FIELDS) {
						if (random.nextInt(3) > 0) {
							request.param(field, nasty());
						}
					}
				}
				case 1 -> {
					kind = "form:institution-update";
					request = post("/institutions/" + someInstitution).param("version", nasty());
					for (String field : INSTITUTION_FIELDS) {
						request.param(field, nasty());
					}
				}
				case 2 -> {
					kind = "form:user";
					request = post("/admin/users").param("fullName", nasty()).param("email", nasty()).param("phone", nasty())
						.param("institutionId", nasty()).param("roles", nasty()).param("preferredLanguage", nasty());
				}
				case 3 -> {
					kind = "list";
					String[] lists = { "/institutions", "/admin/users", "/admin/audit" };
					request = get(lists[random.nextInt(lists.length)]).param("q", nasty()).param("type", nasty())
						.param("sector", nasty()).param("region", nasty()).param("sort", nasty()).param("page", nasty())
						.param("size", nasty()).param("role", nasty()).param("institution", nasty()).param("actor", nasty())
						.param("action", nasty()).param("from", nasty()).param("to", nasty()).param("active", nasty());
				}
				case 4 -> {
					kind = "form:token-and-password";
					request = random.nextBoolean()
							? post("/account/tokens").param("name", nasty()).param("validDays", nasty())
							: post("/password/reset").param("token", nasty()).param("newPassword", nasty()).param("confirmPassword", nasty());
				}
				case 5 -> {
					kind = "api:institution";
					api = true;
					request = post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON).content(json(INSTITUTION_FIELDS));
				}
				case 6 -> {
					kind = "api:institution-update";
					api = true;
					request = put(java.net.URI.create("/api/v1/institutions/" + (random.nextBoolean() ? someInstitution.toString()
							: org.springframework.web.util.UriUtils.encodePathSegment(nasty(), java.nio.charset.StandardCharsets.UTF_8))))
						.header("If-Match", nasty()).contentType(MediaType.APPLICATION_JSON).content(json(INSTITUTION_FIELDS));
				}
				case 7 -> {
					kind = "api:user";
					api = true;
					request = post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
						.content(json(List.of("fullName", "email", "phone", "institutionId", "roles", "preferredLanguage")));
				}
				case 9 -> {
					kind = "catalog:search";
					api = random.nextBoolean();
					request = get((api ? "/api/v1/catalogs/versions/" + baseline + "/search" : "/catalogs/versions/" + baseline))
						.param("q", nasty()).param("level", nasty()).param("applicability", nasty()).param("tag", nasty())
						.param("page", nasty()).param("size", nasty());
				}
				case 10 -> {
					kind = "api:catalog-import";
					api = true;
					byte[] body = random.nextBoolean() ? json(List.of("catalog", "uuid", "metadata", "groups", "controls")).getBytes(java.nio.charset.StandardCharsets.UTF_8)
							: ("{\"catalog\": {\"uuid\": \"" + nasty() + "\", \"metadata\": {\"title\": \"" + escape(nasty()) + "\", \"version\": \""
									+ escape(nasty()) + "\"}, \"groups\": [{\"id\": \"" + escape(nasty()) + "\", \"title\": \"" + escape(nasty())
									+ "\", \"controls\": [{\"id\": \"" + escape(nasty()) + "\", \"title\": \"t\", \"parts\": [{\"name\": \"statement\", \"prose\": \""
									+ escape(nasty()) + "\"}]}]}]}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
					request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/catalogs/import")
						.file(new org.springframework.mock.web.MockMultipartFile("file", "c.json", "application/json", body));
				}
				case 11 -> {
					kind = "api:campaign";
					api = true;
					bearer = officerToken;
					request = post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content(json(List.of("name",
							"versionId", "types", "sectors", "regions", "parentId", "institutions", "opensOn", "deadline",
							"instructionsSw", "instructionsEn", "lateRule")));
				}
				case 12 -> {
					kind = "form:campaign";
					as = "compliance@ega.go.tz";
					request = post("/campaigns/new").param("name", nasty()).param("versionId", random.nextBoolean() ? baseline.toString() : nasty())
						.param("types", nasty()).param("sectors", nasty()).param("regions", nasty()).param("parentId", nasty())
						.param("institutions", nasty()).param("opensOn", nasty()).param("deadline", nasty())
						.param("instructionsSw", nasty()).param("instructionsEn", nasty()).param("lateRule", nasty());
				}
				case 13 -> {
					kind = "api:response";
					api = true;
					bearer = ictToken;
					request = put(java.net.URI.create("/api/v1/assessments/responses/" + (random.nextInt(4) > 0 ? answer.toString()
							: org.springframework.web.util.UriUtils.encodePathSegment(nasty(), java.nio.charset.StandardCharsets.UTF_8))))
						.header("If-Match", nasty()).contentType(MediaType.APPLICATION_JSON)
						.content(json(List.of("result", "maturity", "notes", "justification", "assigneeId", "version")));
				}
				case 14 -> {
					kind = "form:response";
					as = "ict.officer@dodomacc.go.tz";
					request = post("/responses/" + answer).param("result", nasty()).param("maturity", nasty())
						.param("notes", nasty()).param("justification", nasty()).param("assigneeId", nasty())
						.param("version", nasty());
					if (random.nextBoolean()) {
						request.header("HX-Request", "true");
					}
				}
				case 15 -> {
					kind = "api:assessment-actions";
					api = true;
					bearer = random.nextBoolean() ? officerToken : ictToken;
					String[] targets = { "/api/v1/assessments/responses/" + answer + "/review", "/api/v1/actions",
							"/api/v1/assessments/" + assessment + "/bulk", "/api/v1/assessments/responses/" + answer + "/links",
							"/api/v1/assessments/" + assessment + "/actions", "/api/v1/assessments/" + assessment + "/return" };
					request = post(targets[random.nextInt(targets.length)]).contentType(MediaType.APPLICATION_JSON).content(json(List.of(
							"decision", "overrideResult", "comment", "version", "responseId", "action", "responses", "result",
							"justification", "url", "title", "dueDate", "priority")));
				}
				case 16 -> {
					kind = "list:assessment";
					as = random.nextBoolean() ? "compliance@ega.go.tz" : "ict.officer@dodomacc.go.tz";
					String[] pages = { "/assessments/" + assessment, "/campaigns/" + campaign, "/actions", "/api/v1/actions" };
					String page = pages[random.nextInt(pages.length)];
					api = page.startsWith("/api");
					bearer = officerToken;
					request = get(page).param("area", nasty()).param("show", nasty()).param("status", nasty()).param("q", nasty())
						.param("late", nasty()).param("page", nasty()).param("overdue", nasty()).param("assessment", nasty())
						.param("size", nasty());
				}
				case 17 -> {
					kind = "api:project";
					api = true;
					bearer = ictToken;
					request = post("/api/v1/projects").contentType(MediaType.APPLICATION_JSON).content(json(List.of("titleSw", "titleEn",
							"objectives", "scope", "benefits", "services", "budgetTzs", "fundingSource", "plannedStart", "plannedEnd",
							"deliveryModel", "vendor", "systems", "versionId")));
				}
				case 18 -> {
					kind = "list:project";
					as = random.nextBoolean() ? "projects@ega.go.tz" : "ict.officer@dodomacc.go.tz";
					request = get(random.nextBoolean() ? "/projects" : "/projects/export.xlsx").param("status", nasty()).param("sector", nasty())
						.param("year", nasty()).param("q", nasty()).param("flag", nasty()).param("page", nasty());
				}
				default -> {
					kind = "api:query";
					api = true;
					String[] lists = { "/api/v1/institutions", "/api/v1/users", "/api/v1/audit" };
					request = get(lists[random.nextInt(lists.length)]).param("q", nasty()).param("type", nasty())
						.param("page", nasty()).param("size", nasty()).param("from", nasty()).param("role", nasty())
						.param("institution", nasty());
				}
			}
			MockHttpServletResponse response = HostileInput.send(mvc, context, request, kind, api, as, bearer, failures);
			int status = response.getStatus();
			if ((kind.equals("form:institution") && status == 302) || (kind.equals("api:institution") && status == 201)) {
				created++;
			}
			if (kind.equals("api:project") && status == 201) {
				createdProjects++;
			}
			if ((kind.equals("form:campaign") && status == 302) || (kind.equals("api:campaign") && status == 201)) {
				createdCampaigns++;
			}
			if ((kind.equals("form:user") && status == 302) || (kind.equals("api:user") && status == 201)) {
				createdUsers++;
			}
		}
		assertThat(failures).as("seed " + seed).isEmpty();
		assertThat(jdbc.sql("select count(*) from institution").query(Long.class).single())
			.as("only accepted requests stored an institution (seed " + seed + ")").isEqualTo(institutionsBefore + created);
		assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
			.as("only accepted requests stored a user (seed " + seed + ")").isEqualTo(usersBefore + createdUsers);
		assertThat(jdbc.sql("select count(*) from assessment_campaign").query(Long.class).single())
			.as("only accepted requests stored a campaign (seed " + seed + ")").isEqualTo(campaignsBefore + createdCampaigns);
		assertThat(jdbc.sql("select count(*) from project").query(Long.class).single())
			.as("only accepted requests stored a project (seed " + seed + ")").isEqualTo(projectsBefore + createdProjects);
		String editor = mvc.perform(get("/responses/" + answer).with(as(context, "compliance@ega.go.tz"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(editor).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x onerror");
		for (UUID id : jdbc.sql("select id from institution where name_en like '%<%' or name_sw like '%<%'").query(UUID.class).list()) {
			String page = mvc.perform(get("/institutions/" + id).with(as(context, "admin@ega.go.tz"))).andReturn().getResponse()
				.getContentAsString();
			assertThat(page).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x onerror");
		}
	}
}
