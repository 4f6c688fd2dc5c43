package org.mizani;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mizani.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint, as every role, on the caller's own institution and on another one: the status
 * each combination must get. "Not yours" answers 404, like "does not exist"; a role that may not
 * do something gets 403; nobody signed in is sent to sign in (pages) or gets 401 (API).
 */
@MizaniIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT extends IntegrationTestSupport {

	/** The demo user of each role (README), and the institution they belong to. */
	static final Map<Role, String> USERS = new EnumMap<>(Map.of(Role.AUTHORITY_ADMIN, "admin@ega.go.tz",
			Role.COMPLIANCE_OFFICER, "compliance@ega.go.tz", Role.TRAINING_COORDINATOR, "training@ega.go.tz",
			Role.SECURITY_ANALYST, "security@ega.go.tz", Role.PROJECT_REVIEWER, "projects@ega.go.tz",
			Role.EXECUTIVE, "executive@ega.go.tz", Role.PARTNER, "cert@tcra.go.tz",
			Role.ICT_OFFICER, "ict.officer@dodomacc.go.tz", Role.INSTITUTION_HEAD, "head@dodomacc.go.tz",
			Role.VIEWER, "viewer@dodomacc.go.tz"));

	private final Map<Role, String> tokens = new EnumMap<>(Role.class);
	private UUID anyUser;

	record Endpoint(HttpMethod method, String path, boolean api, Function<Role, Integer> expected) {
	}

	private UUID baseline;

	@BeforeAll
	void tokens() {
		baseline = baselineVersion();
		USERS.forEach((role, email) -> tokens.put(role, org.mizani.identity.internal.TestLogins.sharedToken(context, email)));
		anyUser = jdbc.sql("select id from app_user where email = 'viewer@dodomacc.go.tz'").query(UUID.class).single();
	}

	private UUID ownInstitution(Role role) {
		return institutionId(role == Role.PARTNER ? "TCRA" : "DODOMA-CC");
	}

	private static int adminOnly(Role role, int allowed) {
		return role == Role.AUTHORITY_ADMIN ? allowed : 403;
	}

	/** Catalogues are managed by compliance officers (and administrators). */
	private static int editors(Role role, int allowed) {
		return role == Role.COMPLIANCE_OFFICER || role == Role.AUTHORITY_ADMIN ? allowed : 403;
	}

	/** Campaigns are run by compliance officers. */
	private static int officer(Role role, int allowed) {
		return role == Role.COMPLIANCE_OFFICER ? allowed : 403;
	}

	private static int authorityOnly(Role role, int allowed) {
		return role.side() == Role.Side.AUTHORITY ? allowed : 403;
	}

	/** An assessment of the demo's open campaign. */
	private UUID openAssessment(UUID institution) {
		return jdbc.sql("""
				select a.id from assessment a join assessment_campaign c on c.id = a.campaign_id
				where c.name = 'Compliance assessment 2022/23' and a.institution_id = :i""").param("i", institution)
			.query(UUID.class).single();
	}

	private UUID firstResponse(UUID assessment) {
		return jdbc.sql("select id from assessment_response where assessment_id = :a order by position limit 1")
			.param("a", assessment).query(UUID.class).single();
	}

	private static int authoritySees(Role role) {
		return role.side() == Role.Side.AUTHORITY ? 200 : 404;
	}

	private List<Endpoint> endpoints(Role role) {
		UUID own = ownInstitution(role);
		UUID other = institutionId("MOF");
		UUID ownAssessment = openAssessment(own);
		UUID otherAssessment = openAssessment(other);
		UUID campaign = jdbc.sql("select campaign_id from assessment where id = :a").param("a", ownAssessment).query(UUID.class).single();
		UUID dodomaProject = jdbc.sql("select p.id from project p join institution i on i.id = p.institution_id where i.acronym = 'DODOMA-CC' and p.status = 'DRAFT' order by p.created_at limit 1")
			.query(UUID.class).single();
		UUID mofProject = jdbc.sql("select p.id from project p join institution i on i.id = p.institution_id where i.acronym = 'MOF' order by p.created_at limit 1")
			.query(UUID.class).single();
		List<Endpoint> endpoints = new ArrayList<>(security());
		endpoints.addAll(List.of(
				new Endpoint(HttpMethod.GET, "/projects", false, r -> 200),
				new Endpoint(HttpMethod.GET, "/projects/new", false, r -> r == Role.ICT_OFFICER || r == Role.INSTITUTION_HEAD ? 200 : 403),
				new Endpoint(HttpMethod.GET, "/projects/" + dodomaProject, false, r -> r == Role.PARTNER ? 404 : 200),
				new Endpoint(HttpMethod.GET, "/projects/" + mofProject, false, AuthorizationMatrixIT::authoritySees),
				new Endpoint(HttpMethod.POST, "/projects/" + dodomaProject + "/submit?version=-1", false,
						r -> r == Role.ICT_OFFICER || r == Role.INSTITUTION_HEAD ? 302 : 403),
				new Endpoint(HttpMethod.GET, "/api/v1/projects", true, r -> 200),
				new Endpoint(HttpMethod.GET, "/api/v1/projects/portfolio", true, r -> 200),
				new Endpoint(HttpMethod.GET, "/api/v1/projects/" + mofProject, true, AuthorizationMatrixIT::authoritySees),
				new Endpoint(HttpMethod.GET, "/campaigns", false, r -> r.side() == Role.Side.AUTHORITY ? 200 : 302),
				new Endpoint(HttpMethod.GET, "/campaigns/" + campaign, false, r -> authorityOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/campaigns/new", false, r -> officer(r, 200)),
				new Endpoint(HttpMethod.POST, "/campaigns/" + campaign + "/launch", false, r -> officer(r, 302)),
				new Endpoint(HttpMethod.GET, "/campaigns/" + campaign + "/export.xlsx", false, r -> authorityOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/assessments", false, r -> r.side() == Role.Side.AUTHORITY ? 302 : 200),
				new Endpoint(HttpMethod.GET, "/assessments/" + ownAssessment, false, r -> 200),
				new Endpoint(HttpMethod.GET, "/assessments/" + ownAssessment + "/scores", false, r -> 200),
				new Endpoint(HttpMethod.GET, "/assessments/" + otherAssessment, false, AuthorizationMatrixIT::authoritySees),
				new Endpoint(HttpMethod.GET, "/responses/" + firstResponse(otherAssessment), false, AuthorizationMatrixIT::authoritySees),
				new Endpoint(HttpMethod.POST, "/responses/" + firstResponse(ownAssessment) + "?version=-1&result=COMPLIANT", false,
						r -> r == Role.ICT_OFFICER || r == Role.INSTITUTION_HEAD ? 409 : 403),
				new Endpoint(HttpMethod.POST, "/assessments/" + ownAssessment + "/accept", false, r -> officer(r, 302)),
				new Endpoint(HttpMethod.GET, "/assessments/" + otherAssessment + "/report.pdf", false, AuthorizationMatrixIT::authoritySees),
				new Endpoint(HttpMethod.GET, "/actions", false, r -> 200),
				new Endpoint(HttpMethod.GET, "/api/v1/campaigns", true, r -> authorityOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/api/v1/assessments/" + otherAssessment, true, AuthorizationMatrixIT::authoritySees),
				new Endpoint(HttpMethod.GET, "/api/v1/assessments/" + otherAssessment + "/oscal/poam", true, AuthorizationMatrixIT::authoritySees),
				new Endpoint(HttpMethod.POST, "/api/v1/assessments/" + otherAssessment + "/submit", true,
						r -> r.side() == Role.Side.AUTHORITY ? 403 : 404),
				new Endpoint(HttpMethod.GET, "/api/v1/actions", true, r -> 200),
				new Endpoint(HttpMethod.GET, "/api/v1/compliance/index", true, r -> authorityOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/api/v1/compliance/institutions/" + other, true, AuthorizationMatrixIT::authoritySees),
				new Endpoint(HttpMethod.GET, "/", false, r -> 200),
				new Endpoint(HttpMethod.GET, "/institutions", false, r -> 200),
				new Endpoint(HttpMethod.GET, "/institutions/" + own, false, r -> 200),
				new Endpoint(HttpMethod.GET, "/institutions/" + other, false, AuthorizationMatrixIT::authoritySees),
				new Endpoint(HttpMethod.GET, "/institutions/new", false, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/institutions/" + own + "/edit", false, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.POST, "/institutions", false, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.POST, "/institutions/" + own, false, r -> adminOnly(r, 400)),
				new Endpoint(HttpMethod.POST, "/institutions/" + other + "/reactivate", false, r -> adminOnly(r, 302)),
				new Endpoint(HttpMethod.POST, "/institutions/" + own + "/reactivate", false, r -> adminOnly(r, 302)),
				new Endpoint(HttpMethod.GET, "/institutions/import", false, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/institutions/import/template.csv", false, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/institutions/import/template.xlsx", false, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.POST, "/institutions/import", false, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/admin/users", false, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/admin/users/new", false, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/admin/users/" + anyUser, false, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/admin/users/" + anyUser + "/edit", false, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.POST, "/admin/users/" + anyUser + "/reactivate", false, r -> adminOnly(r, 302)),
				new Endpoint(HttpMethod.GET, "/admin/audit", false, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/admin/audit/export.csv", false, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.POST, "/admin/audit/verify", false, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/admin/audit/history?entityType=institution&entityId=" + own, false, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/catalogs", false, r -> 200),
				new Endpoint(HttpMethod.GET, "/catalogs/import", false, r -> editors(r, 200)),
				new Endpoint(HttpMethod.POST, "/catalogs/import", false, r -> editors(r, 200)),
				new Endpoint(HttpMethod.GET, "/catalogs/versions/" + UUID.randomUUID(), false, r -> 404),
				new Endpoint(HttpMethod.GET, "/catalogs/new", false, r -> editors(r, 200)),
				new Endpoint(HttpMethod.POST, "/catalogs/new", false, r -> editors(r, 200)),
				new Endpoint(HttpMethod.POST, "/catalogs/versions/" + baseline + "/publish", false, r -> editors(r, 302)),
				new Endpoint(HttpMethod.POST, "/catalogs/versions/" + baseline + "/items/SE-01/remove", false, r -> editors(r, 422)),
				new Endpoint(HttpMethod.GET, "/api/v1/catalogs", true, r -> 200),
				new Endpoint(HttpMethod.POST, "/api/v1/catalogs/import", true, r -> editors(r, 422)),
				new Endpoint(HttpMethod.GET, "/account", false, r -> 200),
				new Endpoint(HttpMethod.GET, "/account/password", false, r -> 200),
				new Endpoint(HttpMethod.GET, "/account/tokens", false, r -> 200),
				new Endpoint(HttpMethod.GET, "/account/mfa/enrol", false, r -> 200),
				new Endpoint(HttpMethod.GET, "/v3/api-docs", false, r -> 200),
				new Endpoint(HttpMethod.GET, "/api/v1/me", true, r -> 200),
				new Endpoint(HttpMethod.GET, "/api/v1/institutions", true, r -> 200),
				new Endpoint(HttpMethod.GET, "/api/v1/institutions/" + own, true, r -> 200),
				new Endpoint(HttpMethod.GET, "/api/v1/institutions/" + other, true, AuthorizationMatrixIT::authoritySees),
				new Endpoint(HttpMethod.POST, "/api/v1/institutions/" + other + "/reactivate", true, r -> adminOnly(r, 204)),
				new Endpoint(HttpMethod.POST, "/api/v1/institutions/" + own + "/reactivate", true, r -> adminOnly(r, 204)),
				new Endpoint(HttpMethod.GET, "/api/v1/users", true, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/api/v1/users/" + anyUser, true, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.POST, "/api/v1/users/" + anyUser + "/reactivate", true, r -> adminOnly(r, 204)),
				new Endpoint(HttpMethod.GET, "/api/v1/audit", true, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/api/v1/audit/verify", true, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/actuator/prometheus", true, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/actuator/health", true, r -> 200)));
		return endpoints;
	}

	private UUID one(String sql) {
		return jdbc.sql(sql).query(UUID.class).list().get(0);
	}

	private static boolean reporter(Role role) {
		return role == Role.ICT_OFFICER || role == Role.INSTITUTION_HEAD;
	}

	/** The systems register, incidents and continuity (issue 6). */
	private List<Endpoint> security() {
		UUID dodomaSystem = one("select s.id from ict_system s join institution i on i.id = s.institution_id where i.acronym = 'DODOMA-CC'");
		UUID mofSystem = one("select s.id from ict_system s join institution i on i.id = s.institution_id where i.acronym = 'MOF'");
		UUID dodomaIncident = one("select id from incident where title = 'Staff passwords phished through a fake mail login page'");
		UUID mofIncident = one("select id from incident where title = 'Phishing e-mails imitating the e-Government Authority'");
		UUID escalated = one("select id from incident where escalated_to is not null and title like 'Ransomware%'");
		UUID mofPlan = one("select p.id from dr_plan p join institution i on i.id = p.institution_id where i.acronym = 'MOF'");
		UUID strategicPlan = one("select id from strategic_plan where kind = 'CYBER_SECURITY'");
		UUID planTarget = one("select t.id from plan_target t join plan_objective o on o.id = t.objective_id where o.plan_id = '"
				+ strategicPlan + "' and t.code = '1.1'");
		UUID programme = one("select id from training_programme where title_en = 'ICT systems security management'");
		UUID phase2 = one("select id from training_session where title = 'Phase 2 — Dodoma'");
		return List.of(
				new Endpoint(HttpMethod.GET, "/training", false, r -> 200),
				new Endpoint(HttpMethod.GET, "/training/programmes/new", false, r -> r == Role.TRAINING_COORDINATOR ? 200 : 403),
				new Endpoint(HttpMethod.GET, "/training/programmes/" + programme, false, r -> 200),
				new Endpoint(HttpMethod.GET, "/training/sessions/" + phase2, false, r -> 200),
				new Endpoint(HttpMethod.POST, "/training/sessions/" + phase2 + "/certificates", false,
						r -> r == Role.TRAINING_COORDINATOR ? 302 : 403),
				new Endpoint(HttpMethod.GET, "/api/v1/training/programmes", true, r -> 200),
				new Endpoint(HttpMethod.GET, "/api/v1/training/programmes/" + programme + "/plan", true, r -> 200),
				new Endpoint(HttpMethod.POST, "/api/v1/training/sessions/" + phase2 + "/certificates", true,
						r -> r == Role.TRAINING_COORDINATOR ? 200 : 403),
				new Endpoint(HttpMethod.GET, "/systems", false, r -> 200),
				new Endpoint(HttpMethod.GET, "/systems/completeness", false, r -> 200),
				new Endpoint(HttpMethod.GET, "/systems/new", false, r -> reporter(r) ? 200 : 403),
				new Endpoint(HttpMethod.GET, "/systems/import", false, r -> reporter(r) ? 200 : 403),
				new Endpoint(HttpMethod.GET, "/systems/" + dodomaSystem, false, r -> r == Role.PARTNER ? 404 : 200),
				new Endpoint(HttpMethod.GET, "/systems/" + mofSystem, false, AuthorizationMatrixIT::authoritySees),
				new Endpoint(HttpMethod.GET, "/systems/" + dodomaSystem + "/edit", false, r -> reporter(r) ? 200 : 403),
				new Endpoint(HttpMethod.GET, "/api/v1/systems/" + mofSystem, true, AuthorizationMatrixIT::authoritySees),
				new Endpoint(HttpMethod.GET, "/api/v1/systems/completeness", true, r -> 200),
				new Endpoint(HttpMethod.POST, "/api/v1/systems/import", true, r -> reporter(r) ? 422 : 403),
				new Endpoint(HttpMethod.GET, "/incidents", false, r -> 200),
				new Endpoint(HttpMethod.GET, "/incidents/new", false, r -> reporter(r) || r == Role.SECURITY_ANALYST ? 200 : 403),
				new Endpoint(HttpMethod.GET, "/incidents/metrics", false, r -> 200),
				new Endpoint(HttpMethod.GET, "/incidents/taxonomy", false,
						r -> r == Role.SECURITY_ANALYST || r == Role.AUTHORITY_ADMIN ? 200 : 403),
				new Endpoint(HttpMethod.GET, "/incidents/" + dodomaIncident, false,
						r -> r == Role.SECURITY_ANALYST || r.side() == Role.Side.INSTITUTION ? 200 : 404),
				new Endpoint(HttpMethod.GET, "/incidents/" + mofIncident, false, r -> r == Role.SECURITY_ANALYST ? 200 : 404),
				new Endpoint(HttpMethod.GET, "/incidents/" + escalated, false,
						r -> r == Role.SECURITY_ANALYST || r == Role.PARTNER ? 200 : 404),
				new Endpoint(HttpMethod.GET, "/incidents/" + mofIncident + "/report.pdf", false, r -> r == Role.SECURITY_ANALYST ? 200 : 404),
				new Endpoint(HttpMethod.POST, "/incidents/" + dodomaIncident + "/triage?version=-1", false,
						r -> r == Role.SECURITY_ANALYST ? 302 : 403),
				new Endpoint(HttpMethod.GET, "/api/v1/incidents", true, r -> 200),
				new Endpoint(HttpMethod.GET, "/api/v1/incidents/metrics", true, r -> 200),
				new Endpoint(HttpMethod.GET, "/api/v1/incidents/" + mofIncident, true, r -> r == Role.SECURITY_ANALYST ? 200 : 404),
				new Endpoint(HttpMethod.GET, "/api/v1/incidents/" + escalated + "/stix", true,
						r -> r == Role.SECURITY_ANALYST || r == Role.PARTNER ? 200 : 404),
				new Endpoint(HttpMethod.GET, "/api/v1/incidents/" + dodomaIncident + "/entries", true,
						r -> r == Role.SECURITY_ANALYST || r.side() == Role.Side.INSTITUTION ? 200 : 404),
				new Endpoint(HttpMethod.GET, "/continuity", false, r -> 200),
				new Endpoint(HttpMethod.GET, "/continuity/systems/" + dodomaSystem, false, r -> r == Role.PARTNER ? 404 : 200),
				new Endpoint(HttpMethod.GET, "/continuity/systems/" + mofSystem, false, AuthorizationMatrixIT::authoritySees),
				new Endpoint(HttpMethod.POST, "/continuity/plans/" + mofPlan + "/drills", false, r -> reporter(r) ? 404 : 403),
				new Endpoint(HttpMethod.GET, "/api/v1/continuity/readiness", true, r -> 200),
				new Endpoint(HttpMethod.GET, "/api/v1/continuity/plans/" + mofPlan, true, AuthorizationMatrixIT::authoritySees),
				new Endpoint(HttpMethod.GET, "/plans", false, r -> authorityOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/plans/" + strategicPlan, false, r -> authorityOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/plans/targets/" + planTarget, false, r -> authorityOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/plans/" + strategicPlan + "/report.pdf?year=2021&quarter=1", false, r -> authorityOnly(r, 200)),
				new Endpoint(HttpMethod.POST, "/plans/" + strategicPlan + "/objectives", false, r -> adminOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/api/v1/plans", true, r -> authorityOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/api/v1/plans/" + strategicPlan, true, r -> authorityOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/api/v1/measures", true, r -> authorityOnly(r, 200)),
				new Endpoint(HttpMethod.GET, "/api/v1/measures/training.institutions-trained?fiscalYear=2021", true,
						r -> authorityOnly(r, 200)));
	}

	@Test
	void everyRoleGetsExactlyWhatItMayHave() throws Exception {
		List<String> mismatches = new ArrayList<>();
		int checked = 0;
		for (Role role : Role.values()) {
			for (Endpoint endpoint : endpoints(role)) {
				org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request = endpoint.method() == HttpMethod.POST && endpoint.path().endsWith("/import")
						? org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(endpoint.path())
							.file(new org.springframework.mock.web.MockMultipartFile("file", "x.json", "application/json", "{}".getBytes()))
						: request(endpoint.method(), endpoint.path());
				if (endpoint.api()) {
					request.header("Authorization", "Bearer " + tokens.get(role));
				}
				else {
					request.with(as(context, USERS.get(role)));
					if (endpoint.method() == HttpMethod.POST) {
						request.with(csrf());
					}
				}
				int status = mvc.perform(request).andReturn().getResponse().getStatus();
				int expected = endpoint.expected().apply(role);
				checked++;
				if (status != expected) {
					mismatches.add(role + " " + endpoint.method() + " " + endpoint.path() + ": " + status + " (expected " + expected + ")");
				}
			}
		}
		assertThat(mismatches).isEmpty();
		assertThat(checked).isEqualTo(Role.values().length * endpoints(Role.VIEWER).size());
	}

	@Test
	void nobodySignedInIsSentToSignInOrGets401() throws Exception {
		List<String> mismatches = new ArrayList<>();
		for (Endpoint endpoint : endpoints(Role.VIEWER)) {
			if (endpoint.path().equals("/actuator/health")) {
				continue;
			}
			MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.path());
			if (endpoint.method() == HttpMethod.POST) {
				request.with(csrf());
			}
			var response = mvc.perform(request).andReturn().getResponse();
			boolean ok = endpoint.api() ? response.getStatus() == 401
					: response.getStatus() == 302 && response.getRedirectedUrl() != null && response.getRedirectedUrl().endsWith("/login");
			if (!ok) {
				mismatches.add(endpoint.method() + " " + endpoint.path() + ": " + response.getStatus() + " " + response.getRedirectedUrl());
			}
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void formsWithoutACsrfTokenAreRefused() throws Exception {
		int status = mvc.perform(request(HttpMethod.POST, "/institutions/" + institutionId("MOF") + "/reactivate")
			.with(as(context, USERS.get(Role.AUTHORITY_ADMIN)))).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(403);
	}
}
