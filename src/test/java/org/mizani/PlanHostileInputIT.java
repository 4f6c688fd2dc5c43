package org.mizani;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.identity.internal.TestLogins;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Hostile and malformed input against strategic plans (issue 10), from a printed seed
 * ({@code -Dhostile.seed=…}): plans, objectives, targets, values entered by hand, measures, reports and
 * the plan pages, over forms and the API. No server error, a problem body for every API refusal, nothing
 * stored by a refused request, and stored text shown escaped.
 */
@MizaniIntegrationTest
@org.junit.jupiter.api.Tag("exhaustive")
class PlanHostileInputIT extends IntegrationTestSupport {

	static final int REQUESTS = 800;
	static final String ADMIN = "admin@ega.go.tz";
	static final String ANALYST = "security@ega.go.tz";

	static final List<String> PLAN_FIELDS = List.of("kind", "titleSw", "titleEn", "firstYear", "lastYear", "onTrackPercent",
			"atRiskPercent");
	static final List<String> TARGET_FIELDS = List.of("code", "titleSw", "titleEn", "indicatorSw", "indicatorEn", "measureCode",
			"unit", "direction", "baseline", "baselineYear", "owner", "yearly");

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void noHostileRequestCausesAServerErrorOrStoresAnything() throws Exception {
		long seed = HostileInput.seed("PlanHostileInputIT");
		Random random = new Random(seed);
		HostileInput hostile = new HostileInput(random);
		String adminToken = TestLogins.sharedToken(context, ADMIN);
		String analystToken = TestLogins.sharedToken(context, ANALYST);
		UUID plan = jdbc.sql("select id from strategic_plan where kind = 'CYBER_SECURITY'").query(UUID.class).single();
		UUID objective = jdbc.sql("select id from plan_objective where plan_id = :p and code = '3'").param("p", plan).query(UUID.class)
			.single();
		UUID manual = jdbc.sql("select id from plan_target where objective_id = :o and code = '3.3'").param("o", objective)
			.query(UUID.class).single();
		UUID computed = jdbc.sql("select id from plan_target where objective_id = :o and code = '3.1'").param("o", objective)
			.query(UUID.class).single();
		long plansBefore = count("strategic_plan");
		long objectivesBefore = count("plan_objective");
		long targetsBefore = count("plan_target");
		String valuesBefore = jdbc.sql("select string_agg(fiscal_year || '=' || value, ',' order by fiscal_year) from plan_manual_value")
			.query(String.class).single();
		List<String> failures = new ArrayList<>();
		int plans = 0;
		int objectives = 0;
		int targets = 0;
		int values = 0;
		for (int i = 0; i < REQUESTS; i++) {
			AbstractMockHttpServletRequestBuilder<?> request;
			boolean api = true;
			String kind;
			String as = ADMIN;
			String bearer = adminToken;
			switch (random.nextInt(10)) {
				case 0 -> {
					kind = "api:plan";
					// the valid years all overlap the demo plan of the same kind, or are refused; none is stored
					String body = hostile.json(PLAN_FIELDS);
					request = post("/api/v1/plans").contentType(MediaType.APPLICATION_JSON)
						.content(random.nextBoolean() ? body : body.replaceFirst("\\{", "{\"kind\": \"CYBER_SECURITY\", \"firstYear\": 2022, "));
				}
				case 1 -> {
					kind = "form:plan";
					api = false;
					request = post("/plans");
					for (String field : PLAN_FIELDS) {
						if (random.nextInt(3) > 0) {
							request.param(field, field.equals("kind") && random.nextBoolean() ? "CYBER_SECURITY" : hostile.nasty());
						}
					}
				}
				case 2 -> {
					kind = "api:objective";
					request = post(java.net.URI.create("/api/v1/plans/" + (random.nextInt(4) > 0 ? plan
							: java.net.URLEncoder.encode(hostile.nasty(), java.nio.charset.StandardCharsets.UTF_8)) + "/objectives"))
						.contentType(MediaType.APPLICATION_JSON).content(hostile.json(List.of("code", "titleSw", "titleEn")));
				}
				case 3 -> {
					kind = "api:target";
					String body = hostile.json(TARGET_FIELDS);
					if (random.nextBoolean()) {
						body = "{\"yearly\": {\"" + HostileInput.escape(hostile.nasty()) + "\": \"" + HostileInput.escape(hostile.nasty())
								+ "\"}, " + body.substring(1);
					}
					request = post("/api/v1/objectives/" + objective + "/targets").contentType(MediaType.APPLICATION_JSON).content(body);
				}
				case 4 -> {
					kind = "form:target";
					api = false;
					request = post("/plans/" + plan + "/objectives/" + objective + "/targets");
					for (String field : TARGET_FIELDS) {
						if (random.nextInt(3) > 0) {
							request.param(field.equals("yearly") ? "yearly." + (2019 + random.nextInt(9)) : field, hostile.nasty());
						}
					}
				}
				case 5 -> {
					kind = "api:target-change";
					request = put("/api/v1/targets/" + (random.nextBoolean() ? manual : computed)).contentType(MediaType.APPLICATION_JSON)
						.header("If-Match", random.nextBoolean() ? "\"0\"" : hostile.nasty()).content(hostile.json(TARGET_FIELDS));
				}
				case 6 -> {
					kind = "api:value";
					bearer = analystToken;
					request = post("/api/v1/targets/" + (random.nextBoolean() ? manual : computed) + "/values")
						.contentType(MediaType.APPLICATION_JSON).content(hostile.json(List.of("fiscalYear", "value", "evidence")));
				}
				case 7 -> {
					kind = "form:value";
					api = false;
					as = ANALYST;
					request = post("/plans/targets/" + manual + "/values").param("fiscalYear", hostile.nasty())
						.param("value", hostile.nasty()).param("evidence", hostile.nasty());
				}
				case 8 -> {
					kind = "api:measure";
					request = get("/api/v1/measures/" + (random.nextBoolean() ? "training.institutions-trained" : "x"))
						.param("fiscalYear", hostile.nasty()).param("from", hostile.nasty()).param("until", hostile.nasty());
				}
				default -> {
					kind = "page:plans";
					api = false;
					as = random.nextBoolean() ? ADMIN : "executive@ega.go.tz";
					String[] pages = { "/plans/" + plan, "/plans/targets/" + computed, "/plans/targets/" + manual,
						"/plans/" + plan + "/report.pdf", "/plans/" + plan + "/report.xlsx" };
					request = get(pages[random.nextInt(pages.length)]).param("asOf", hostile.nasty()).param("year", hostile.nasty())
						.param("quarter", hostile.nasty()).param("lang", hostile.nasty());
				}
			}
			MockHttpServletResponse response = HostileInput.send(mvc, context, request, kind, api, as, bearer, failures);
			int status = response.getStatus();
			// a random body may happen to be valid; then, and only then, something is stored
			plans += kind.equals("api:plan") && status == 201 || kind.equals("form:plan") && status == 302 ? 1 : 0;
			objectives += kind.equals("api:objective") && status == 201 ? 1 : 0;
			targets += kind.equals("api:target") && status == 201 || kind.equals("form:target") && status == 302 ? 1 : 0;
			values += (kind.equals("api:value") && status == 204) || (kind.equals("form:value") && status == 302) ? 1 : 0;
		}
		assertThat(failures).as("seed " + seed).isEmpty();
		assertThat(count("strategic_plan")).as("seed " + seed).isEqualTo(plansBefore + plans);
		assertThat(count("plan_objective")).as("seed " + seed).isEqualTo(objectivesBefore + objectives);
		assertThat(count("plan_target")).as("seed " + seed).isEqualTo(targetsBefore + targets);
		if (values == 0) {
			assertThat(jdbc.sql("select string_agg(fiscal_year || '=' || value, ',' order by fiscal_year) from plan_manual_value")
				.query(String.class).single()).as("seed " + seed).isEqualTo(valuesBefore);
		}
		jdbc.sql("delete from plan_objective where plan_id = :p and code not in ('1', '2', '3', '4')").param("p", plan).update();
		String page = mvc.perform(get("/plans/" + plan).with(as(context, ADMIN))).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x onerror");
	}
}
