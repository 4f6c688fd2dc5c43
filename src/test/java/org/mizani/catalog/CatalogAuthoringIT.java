package org.mizani.catalog;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A compliance officer writes a standard in both languages, publishes it, and changes it through a new draft version. */
@MizaniIntegrationTest
class CatalogAuthoringIT extends IntegrationTestSupport {

	static final String OFFICER = "compliance@ega.go.tz";

	private MockHttpServletResponse send(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(csrf()).with(as(context, user)).header("Accept-Language", "en")).andReturn().getResponse();
	}

	private MockHttpServletResponse item(UUID version, String code, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post("/catalogs/versions/" + version + "/items" + (code == null ? "" : "/" + code));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return send(OFFICER, request);
	}

	private List<String> tree(UUID version) {
		return jdbc.sql("""
				with recursive t as (select id, code, array[position] p from catalog_item where version_id = :v and parent_id is null
				  union all select c.id, c.code, t.p || c.position from catalog_item c join t on c.parent_id = t.id)
				select code from t order by p""").param("v", version).query(String.class).list();
	}

	@Test
	void writePublishAndReviseAStandard() throws Exception {
		String code = "eGA/EXT/" + UUID.randomUUID().toString().substring(0, 6);
		MockHttpServletResponse created = send(OFFICER, post("/catalogs/new").param("code", code).param("kind", "STANDARD")
			.param("titleSw", "Kiwango cha Usalama wa Mifumo").param("titleEn", "Systems Security Standard").param("versionLabel", "1.0"));
		assertThat(created.getRedirectedUrl()).startsWith("/catalogs/versions/");
		UUID draft = UUID.fromString(created.getRedirectedUrl().substring("/catalogs/versions/".length()));

		assertThat(mvc.perform(get("/catalogs/versions/" + draft + "/items/new").with(as(context, OFFICER))
			.header("Accept-Language", "sw")).andReturn().getResponse().getContentAsString())
			.contains("Kipengele kipya").contains("Takwa (Kiswahili)").contains("Juu kabisa ya mti");
		assertThat(mvc.perform(get("/catalogs/versions/" + draft).with(as(context, OFFICER)).header("Accept-Language", "sw"))
			.andReturn().getResponse().getContentAsString())
			.contains("Hii ni rasimu").contains("Chapisha toleo hili").contains("Ongeza takwa");
		assertThat(item(draft, null, "kind", "GROUP", "code", "SEC", "titleSw", "Usalama", "titleEn", "Security", "weight", "1",
				"level", "MANDATORY").getRedirectedUrl()).isEqualTo("/catalogs/versions/" + draft);
		item(draft, null, "kind", "REQUIREMENT", "code", "SEC-01", "parentCode", "SEC", "titleSw", "Sera ya usalama",
				"titleEn", "Security policy", "statementEn", "Approve a security policy.", "weight", "2", "level", "MANDATORY",
				"applicability", "MINISTRY", "tags", "policy, governance");
		item(draft, null, "kind", "REQUIREMENT", "code", "SEC-02", "parentCode", "SEC", "titleSw", "Nywila", "titleEn", "Passwords",
				"statementSw", "Tumia nywila ndefu.", "statementEn", "Use long passwords.", "weight", "1", "level", "RECOMMENDED");
		assertThat(item(draft, null, "kind", "REQUIREMENT", "code", "SEC-02", "titleEn", "Again", "weight", "1", "level", "MANDATORY")
			.getContentAsString()).contains("Another item of this version already has the code SEC-02.");
		assertThat(item(draft, null, "kind", "REQUIREMENT", "code", "bad code!", "titleEn", "x", "weight", "0", "level", "MANDATORY")
			.getContentAsString()).contains("Letters and digits").contains("A weight between 0.01 and 100.");

		Object problems = mvc.perform(post("/catalogs/versions/" + draft + "/publish").with(csrf()).with(as(context, OFFICER)))
			.andReturn().getFlashMap().get("problems");
		assertThat(problems).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(org.mizani.platform.FieldProblem.class))
			.extracting(p -> context.getBean(org.springframework.context.MessageSource.class)
				.getMessage(p.code(), p.arguments(), java.util.Locale.ENGLISH))
			.containsExactly("SEC-01 has no requirement text in Kiswahili.");
		assertThat(jdbc.sql("select status from catalog_version where id = :v").param("v", draft).query(String.class).single()).isEqualTo("DRAFT");

		item(draft, "SEC-01", "kind", "REQUIREMENT", "code", "SEC-01", "parentCode", "SEC", "titleSw", "Sera ya usalama",
				"titleEn", "Security policy", "statementSw", "Idhinisha sera ya usalama.", "statementEn", "Approve a security policy.",
				"weight", "2", "level", "MANDATORY", "applicability", "MINISTRY", "tags", "policy, governance");
		assertThat(send(OFFICER, post("/catalogs/versions/" + draft + "/publish")).getRedirectedUrl()).isEqualTo("/catalogs/versions/" + draft);
		assertThat(jdbc.sql("select status from catalog_version where id = :v").param("v", draft).query(String.class).single()).isEqualTo("PUBLISHED");
		assertThat(jdbc.sql("select tags from catalog_item where version_id = :v and code = 'SEC-01'").param("v", draft)
			.query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single()).containsExactly("governance", "policy");
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("catalog.published", draft) == 1);

		MockHttpServletResponse refused = item(draft, "SEC-02", "kind", "REQUIREMENT", "code", "SEC-02", "titleEn", "Changed",
				"weight", "1", "level", "MANDATORY");
		assertThat(refused.getStatus()).as("a published version never changes").isEqualTo(422);

		String next = send(OFFICER, post("/catalogs/versions/" + draft + "/drafts").param("label", "1.1")).getRedirectedUrl();
		UUID revision = UUID.fromString(next.substring("/catalogs/versions/".length()));
		assertThat(tree(revision)).containsExactly("SEC", "SEC-01", "SEC-02");
		send(OFFICER, post("/catalogs/versions/" + revision + "/items/SEC-02/move").param("up", "true"));
		assertThat(tree(revision)).containsExactly("SEC", "SEC-02", "SEC-01");
		send(OFFICER, post("/catalogs/versions/" + revision + "/items/SEC-01/remove"));
		send(OFFICER, post("/catalogs/versions/" + revision + "/publish"));
		assertThat(jdbc.sql("select status from catalog_version where id in (:a, :b) order by created_at").param("a", draft)
			.param("b", revision).query(String.class).list()).containsExactly("SUPERSEDED", "PUBLISHED");
		assertThat(send("viewer@dodomacc.go.tz", get("/catalogs/diff").param("from", draft.toString()).param("to", revision.toString()))
			.getContentAsString()).contains("0 added, 1 removed, 0 changed, 1 unchanged.");
	}

	@Test
	void onlyComplianceOfficersAndAdministratorsWriteAndDraftsStayHidden() throws Exception {
		assertThat(send("viewer@dodomacc.go.tz", get("/catalogs/new")).getStatus()).isEqualTo(403);
		assertThat(send("security@ega.go.tz", post("/catalogs/new").param("code", "X")).getStatus()).isEqualTo(403);
		String code = "DRAFT-" + UUID.randomUUID().toString().substring(0, 6);
		String url = send(OFFICER, post("/catalogs/new").param("code", code).param("kind", "GUIDELINE").param("titleSw", "Mwongozo")
			.param("titleEn", "Guideline").param("versionLabel", "0.1")).getRedirectedUrl();
		assertThat(send("viewer@dodomacc.go.tz", get(url)).getStatus()).as("drafts are for editors only").isEqualTo(404);
		assertThat(send("viewer@dodomacc.go.tz", get("/catalogs")).getContentAsString()).doesNotContain(code);
		assertThat(send(OFFICER, get("/catalogs")).getContentAsString()).contains(code);
		assertThat(send(OFFICER, post("/catalogs/new").param("code", code).param("kind", "GUIDELINE").param("titleSw", "M")
			.param("titleEn", "G").param("versionLabel", "0.1")).getContentAsString()).contains("Another document already has this code.");
	}
}
