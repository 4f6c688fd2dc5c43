package org.mizani.assessment;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizani.MizaniIntegrationTest;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Accepted assessments: gaps become actions followed to verification; reports and exports. */
@MizaniIntegrationTest
class RemediationIT extends AssessmentTestSupport {

	private UUID campaign;
	private UUID assessment;
	private int gaps;

	/** An accepted assessment of Dodoma City Council: a third non-compliant, a third partial, the rest compliant. */
	@BeforeEach
	void acceptedAssessment() throws Exception {
		campaign = launchedCampaign("Remediation " + UUID.randomUUID().toString().substring(0, 8), "DODOMA-CC",
				LateRule.ALLOWED_FLAGGED, today(), today().plusDays(30));
		assessment = assessmentOf(campaign, "DODOMA-CC");
		answerAll(assessment, Result.COMPLIANT, ICT);
		List<UUID> responses = responsesOf(assessment);
		List<UUID> non = responses.subList(0, responses.size() / 3);
		List<UUID> partial = responses.subList(responses.size() / 3, 2 * responses.size() / 3);
		set(non, Result.NON_COMPLIANT);
		set(partial, Result.PARTIALLY_COMPLIANT);
		gaps = non.size() + partial.size();
		mvc.perform(api(post("/api/v1/assessments/" + assessment + "/actions"), ICT)
			.content("{\"dueDate\": \"" + today().plusDays(90) + "\"}")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("action.assessment-not-accepted"));
		mvc.perform(api(post("/api/v1/assessments/" + assessment + "/submit"), HEAD)).andExpect(status().isOk());
		mvc.perform(api(post("/api/v1/assessments/" + assessment + "/accept"), OFFICER).content("{}")).andExpect(status().isOk());
	}

	private void set(List<UUID> responses, Result result) throws Exception {
		String ids = String.join(",", responses.stream().map(id -> "\"" + id + "\"").toList());
		mvc.perform(api(post("/api/v1/assessments/" + assessment + "/bulk"), ICT)
			.content("{\"responses\": [" + ids + "], \"result\": \"" + result + "\"}")).andExpect(status().isOk());
	}

	private String actionOf(int index) throws Exception {
		JsonNode list = json(mvc.perform(api(get("/api/v1/actions?size=200&assessment=" + assessment), ICT)));
		return list.get("items").get(index).get("id").asString();
	}

	@Test
	void everyGapBecomesOneActionAndTheActionIsFollowedToVerification() throws Exception {
		mvc.perform(api(post("/api/v1/assessments/" + assessment + "/actions"), ICT)
				.content("{\"dueDate\": \"" + today().plusDays(90) + "\", \"priority\": \"HIGH\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(gaps));
		mvc.perform(api(post("/api/v1/assessments/" + assessment + "/actions"), ICT)
				.content("{\"dueDate\": \"" + today().plusDays(90) + "\"}"))
			.andExpect(jsonPath("$.created").value(0));
		mvc.perform(api(get("/api/v1/actions?assessment=" + assessment), ICT)).andExpect(jsonPath("$.total").value(gaps));
		mvc.perform(api(get("/api/v1/actions?assessment=" + assessment), MOF_ICT)).andExpect(jsonPath("$.total").value(0));
		UUID compliant = responsesOf(assessment).get(responsesOf(assessment).size() - 1);
		mvc.perform(api(post("/api/v1/actions"), ICT).content("""
				{"responseId": "%s", "action": {"title": "Nothing to fix", "dueDate": "%s", "priority": "LOW", "version": 0}}
				""".formatted(compliant, today().plusDays(10))))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("action.not-a-gap"));

		String action = actionOf(0);
		String path = "/api/v1/actions/" + action;
		mvc.perform(api(post(path + "/start"), ICT).header("If-Match", "\"0\"")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		mvc.perform(api(post(path + "/complete"), ICT).content("{}")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		mvc.perform(api(post(path + "/verify"), OFFICER)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("action.step.not-allowed"));
		mvc.perform(api(post(path + "/complete"), ICT).content("{\"note\": \"Strategy approved by the board\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));
		mvc.perform(api(post(path + "/verify"), ICT)).andExpect(status().isForbidden());
		mvc.perform(api(post(path + "/verify"), OFFICER).header("If-Match", "\"1\"")).andExpect(status().isConflict());
		mvc.perform(api(post(path + "/verify"), OFFICER)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VERIFIED"));
		mvc.perform(api(post(path + "/reopen"), OFFICER).content("{}")).andExpect(status().isUnprocessableContent());
		mvc.perform(api(post(path + "/reopen"), OFFICER).content("{\"reason\": \"The approval letter is unsigned\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REOPENED"))
			.andExpect(jsonPath("$.reopenReason").value("The approval letter is unsigned"));
		mvc.perform(api(post(path + "/start"), MOF_ICT)).andExpect(status().isNotFound());
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("assessment.action.verify", UUID.fromString(action)) == 1
				&& auditEntries("assessment.action.reopen", UUID.fromString(action)) == 1);

		// closure evidence through the page, checked like any evidence
		String second = actionOf(1);
		mvc.perform(multipart("/actions/" + second + "/complete").file(new MockMultipartFile("file", "letter.pdf", "application/pdf",
				AssessmentIT.PDF)).param("note", "Signed letter attached").param("version", "0").with(as(context, ICT)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select closure_evidence_id is not null and status = 'DONE' from remediation_action where id = :id")
			.param("id", UUID.fromString(second)).query(Boolean.class).single()).isTrue();
	}

	@Test
	void ownersAreRemindedOnceBeforeTheDueDateAndOnceWhenOverdue() throws Exception {
		mvc.perform(api(post("/api/v1/assessments/" + assessment + "/actions"), ICT)
			.content("{\"dueDate\": \"" + today().plusDays(200) + "\"}")).andExpect(status().isOk());
		UUID soon = UUID.fromString(actionOf(0));
		UUID late = UUID.fromString(actionOf(1));
		jdbc.sql("update remediation_action set due_date = :d where id = :id").param("d", today().plusDays(2)).param("id", soon).update();
		jdbc.sql("update remediation_action set due_date = :d where id = :id").param("d", today().minusDays(3)).param("id", late).update();
		ActionManagement actions = context.getBean(ActionManagement.class);
		assertThat(actions.sendReminders()).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("select count(*) from remediation_action where id in (:a, :b) and (reminded_due_at is not null or reminded_overdue_at is not null)")
			.param("a", soon).param("b", late).query(Long.class).single()).isEqualTo(2);
		actions.sendReminders();
		assertThat(jdbc.sql("select count(*) from remediation_action where id = :id and reminded_overdue_at is null").param("id", soon)
			.query(Long.class).single()).isEqualTo(1);
		mvc.perform(api(get("/api/v1/actions?overdue=true&assessment=" + assessment), OFFICER)).andExpect(jsonPath("$.total").value(1));
		long overdueAtDodoma = jdbc.sql("""
				select count(*) from remediation_action x join institution i on i.id = x.institution_id
				where i.acronym = 'DODOMA-CC' and x.status in ('OPEN', 'IN_PROGRESS', 'REOPENED') and x.due_date < :today
				""").param("today", today()).query(Long.class).single();
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(org.mizani.identity.internal.TestLogins.authenticationOf(context, ICT));
		try {
			assertThat(actions.summary().overdue()).isEqualTo(overdueAtDodoma).isPositive();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
		mvc.perform(get("/assessments").with(as(context, ICT)).header("Accept-Language", "en"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("overdue")));
	}

	@Test
	void oscalExportsValidateAgainstTheOfficialSchemas() throws Exception {
		mvc.perform(api(post("/api/v1/assessments/" + assessment + "/actions"), ICT)
			.content("{\"dueDate\": \"" + today().plusDays(90) + "\"}")).andExpect(status().isOk());
		byte[] results = mvc.perform(api(get("/api/v1/assessments/" + assessment + "/oscal/assessment-results"), VIEWER))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		byte[] poam = mvc.perform(api(get("/api/v1/assessments/" + assessment + "/oscal/poam"), OFFICER))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(errors("oscal-ar_schema.json", results)).isEmpty();
		assertThat(errors("oscal-poam_schema.json", poam)).isEmpty();
		JsonNode findings = JsonMapper.shared().readTree(results).at("/assessment-results/results/0/findings");
		assertThat(findings.size()).isEqualTo(responsesOf(assessment).size());
		assertThat(JsonMapper.shared().readTree(poam).at("/plan-of-action-and-milestones/poam-items").size()).isEqualTo(gaps);
		// the validator does catch a broken document
		assertThat(errors("oscal-ar_schema.json", "{\"assessment-results\": {\"uuid\": \"x\"}}".getBytes(StandardCharsets.UTF_8)))
			.isNotEmpty();
	}

	/**
	 * Validates against the official OSCAL 1.1.3 JSON schema (carried by liboscal-java). Its generator
	 * writes a stray {@code "id": {...}} inside one property schema; draft-07 ignores unknown keywords,
	 * and so does this validator once "id" is declared as one that validates nothing.
	 */
	private static List<Error> errors(String schema, byte[] document) throws Exception {
		Dialect draft7 = Dialect.builder(Dialects.getDraft7()).keyword(new NonValidationKeyword("id")).build();
		try (InputStream in = RemediationIT.class.getResourceAsStream("/schema/json/" + schema)) {
			Schema validator = SchemaRegistry.withDefaultDialect(draft7).getSchema(in, InputFormat.JSON);
			return validator.validate(JsonMapper.shared().readTree(document));
		}
	}

	@Test
	void theReportIsAPdfInTheReadersLanguageAndTheExportsHoldEveryResponse() throws Exception {
		byte[] english = mvc.perform(get("/assessments/" + assessment + "/report.pdf").with(as(context, VIEWER))
			.header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		byte[] swahili = mvc.perform(get("/assessments/" + assessment + "/report.pdf").with(as(context, OFFICER))
			.header("Accept-Language", "sw")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(english)).contains("Compliance assessment report", "Dodoma", "Gaps", "Scores by standard area");
		assertThat(text(swahili)).contains("Ripoti ya tathmini ya uzingatiaji", "Mapungufu");

		byte[] xlsx = mvc.perform(get("/assessments/" + assessment + "/export.xlsx").with(as(context, ICT)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(rows(xlsx)).isEqualTo(responsesOf(assessment).size() + 1);
		byte[] all = mvc.perform(get("/campaigns/" + campaign + "/export.xlsx").with(as(context, OFFICER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(rows(all)).isEqualTo(responsesOf(assessment).size() + 1);
		mvc.perform(get("/campaigns/" + campaign + "/export.xlsx").with(as(context, ICT))).andExpect(status().isForbidden());
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static long rows(byte[] xlsx) throws Exception {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return workbook.getFirstSheet().read().size();
		}
	}

	@Test
	void theScoresPageShowsAreasAndTheTrendAcrossCampaigns() throws Exception {
		mvc.perform(get("/assessments/" + assessment + "/scores").with(as(context, HEAD)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Trend across campaigns")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Baseline assessment 2021/22")));
		JsonNode trend = json(mvc.perform(api(get("/api/v1/assessments/" + assessment + "/trend"), HEAD)));
		assertThat(trend.size()).isGreaterThanOrEqualTo(2);
	}
}
