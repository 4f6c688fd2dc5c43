package org.mizani.project;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.mizani.platform.Today;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mizani.identity.internal.TestLogins.as;
import static org.mizani.identity.internal.TestLogins.tokenFor;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@MizaniIntegrationTest
class ProjectIT extends IntegrationTestSupport {

	static final String ICT = "ict.officer@dodomacc.go.tz";
	static final String HEAD = "head@dodomacc.go.tz";
	static final String REVIEWER = "projects@ega.go.tz";
	static final String MOF = "ict.officer@mof.go.tz";
	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);


	private LocalDate today() {
		return context.getBean(Today.class).date();
	}

	private String body(String title, String budget, LocalDate start, LocalDate end) {
		return """
				{"titleSw": "Mfumo %1$s", "titleEn": "%1$s", "objectives": "Serve citizens online", "budgetTzs": %2$s,
				 "fundingSource": "Government budget", "plannedStart": "%3$s", "plannedEnd": "%4$s", "deliveryModel": "VENDOR",
				 "vendor": "Tendered", "systems": "Permit portal", "versionId": "%5$s"}
				""".formatted(title, budget, start, end, baselineVersion());
	}

	private UUID create(String title) throws Exception {
		JsonNode project = json(mvc.perform(api(post("/api/v1/projects"), ICT).content(body(title, "450000000", today().plusMonths(1),
				today().plusMonths(12)))).andExpect(status().isCreated()));
		return UUID.fromString(project.get("id").asString());
	}

	private void answerAll(UUID project, String conformity) throws Exception {
		for (JsonNode item : json(mvc.perform(api(get("/api/v1/projects/" + project + "/questionnaire"), ICT)))) {
			mvc.perform(api(put("/api/v1/projects/" + project + "/questionnaire/" + item.get("requirementId").asString()), ICT)
				.content("{\"answer\": \"" + conformity + "\", \"explanation\": \"See the architecture document\"}"))
				.andExpect(status().isNoContent());
		}
	}

	@Test
	void aProjectGoesFromDraftThroughReviewAndResubmissionToApprovalGoLiveAndClosure() throws Exception {
		UUID project = create("e-Permit " + UUID.randomUUID().toString().substring(0, 6));
		String path = "/api/v1/projects/" + project;
		JsonNode questionnaire = json(mvc.perform(api(get(path + "/questionnaire"), ICT)));
		assertThat(questionnaire.size()).as("the project-relevant requirements of the catalogue").isBetween(5, 60);

		mvc.perform(api(post(path + "/submit"), HEAD)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("project.submit.unanswered"));
		answerAll(project, "CONFORMS");
		mvc.perform(api(put(path + "/questionnaire/" + questionnaire.get(0).get("requirementId").asString()), ICT)
			.content("{\"answer\": \"DOES_NOT_CONFORM\"}")).andExpect(status().isNoContent());
		mvc.perform(api(post(path + "/submit"), HEAD)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("project.submit.unexplained"));
		mvc.perform(api(put(path + "/questionnaire/" + questionnaire.get(0).get("requirementId").asString()), ICT)
			.content("{\"answer\": \"PARTIALLY_CONFORMS\", \"explanation\": \"Hosted in the government data centre from phase 2\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(api(post(path + "/submit"), ICT)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("project.submit.head-only"));
		mvc.perform(api(post(path + "/submit"), HEAD)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.reviewDue").value(org.hamcrest.Matchers.notNullValue()));
		mvc.perform(api(put(path), ICT).content(body("changed", "1", today(), today()))).andExpect(status().isUnprocessableContent());

		// the reviewer returns it with reasons; the institution revises and submits again
		mvc.perform(api(post(path + "/decision"), REVIEWER).content("{\"decision\": \"RETURNED\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reasons"));
		mvc.perform(api(post(path + "/decision"), ICT).content("{\"decision\": \"APPROVED\", \"reasons\": \"x\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(api(post(path + "/questionnaire/" + questionnaire.get(0).get("requirementId").asString() + "/review"), REVIEWER)
			.content("{\"ok\": false, \"comment\": \"Host it in the government data centre from the start\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(api(post(path + "/decision"), REVIEWER).content("{\"decision\": \"RETURNED\", \"reasons\": \"Hosting plan\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
		mvc.perform(api(put(path), ICT).content(body("e-Permit revised", "520000000", today().plusMonths(1), today().plusMonths(12))))
			.andExpect(status().isOk());
		mvc.perform(api(post(path + "/submit"), HEAD)).andExpect(status().isOk());
		JsonNode diff = json(mvc.perform(api(get(path + "/diff?from=1&to=2"), REVIEWER)).andExpect(status().isOk()));
		assertThat(diff.get("changes").toString()).contains("budgetTzs").contains("450000000").contains("520000000")
			.contains("titleEn");

		// the systems it builds, one per line (a name already in the register is linked, not repeated)
		String suffix = project.toString().substring(0, 8);
		jdbc.sql("update project set systems = :s where id = :id").param("s", "Permit portal " + suffix + "\n\nPermit mobile app "
				+ suffix + "\nPermit portal " + suffix).param("id", project).update();

		// approval with conditions, with a reference number and a letter in both languages
		mvc.perform(api(post(path + "/decision"), REVIEWER).content("{\"decision\": \"APPROVED\", \"reasons\": \"ok\", \"conditions\": [\"x\"]}"))
			.andExpect(status().isUnprocessableContent());
		JsonNode decided = json(mvc.perform(api(post(path + "/decision"), REVIEWER).content("""
				{"decision": "APPROVED_WITH_CONDITIONS", "reasons": "Conforms once hosted in the government data centre.",
				 "conditions": ["Penetration test before go-live", "Host in the government data centre"]}
				""")).andExpect(status().isOk()).andExpect(jsonPath("$.reference").value(matchesPattern("EGA/ICTP/\\d{4}/\\d{4}"))));
		String reference = decided.get("reference").asString();
		assertThat(pdfText(mvc.perform(get("/projects/" + project + "/letter.pdf?lang=sw").with(as(context, HEAD))).andExpect(status().isOk())))
			.contains(reference).contains("Mamlaka ya Serikali Mtandao").contains("Penetration test before go-live");
		assertThat(pdfText(mvc.perform(get("/projects/" + project + "/letter.pdf?lang=en").with(as(context, REVIEWER))).andExpect(status().isOk())))
			.contains("approves it on").contains("1. Penetration test before go-live");

		// the systems the project builds enter the register as planned, and go live with the project
		assertThat(jdbc.sql("select count(*) from project_system where project_id = :p").param("p", project).query(Long.class).single())
			.as("the two systems listed when it was approved").isEqualTo(2);
		UUID planned = jdbc.sql("select s.id from project_system p join ict_system s on s.id = p.system_id where p.project_id = :p"
				+ " and s.name like 'Permit portal %'").param("p", project).query(UUID.class).single();
		assertThat(jdbc.sql("select status from ict_system where id = :s").param("s", planned).query(String.class).single())
			.isEqualTo("PLANNED");

		JsonNode conditions = json(mvc.perform(api(get(path + "/conditions"), ICT)));
		mvc.perform(api(post(path + "/live"), ICT).content("{\"date\": \"" + today() + "\"}")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("project.live.open-conditions"));
		for (JsonNode c : conditions) {
			mvc.perform(api(post(path + "/conditions/" + c.get("id").asString() + "/fulfil"), ICT).content("{\"evidence\": \"Done, see report\"}"))
				.andExpect(status().isNoContent());
			mvc.perform(api(post(path + "/conditions/" + c.get("id").asString() + "/verify"), REVIEWER)).andExpect(status().isNoContent());
		}
		String period = today().getYear() + "-Q" + ((today().getMonthValue() - 1) / 3 + 1);
		mvc.perform(api(post(path + "/reports"), ICT).content("{\"period\": \"" + period + "\", \"percentComplete\": 40, \"rag\": \"RED\", \"spendTzs\": 100}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("ragReason"));
		mvc.perform(api(post(path + "/reports"), ICT).content("{\"period\": \"" + period + "\", \"percentComplete\": 40, \"rag\": \"AMBER\", "
				+ "\"ragReason\": \"Vendor late\", \"spendTzs\": 200000000, \"milestones\": [{\"name\": \"Design\", \"planned\": \"2026-10-01\"}]}"))
			.andExpect(status().isCreated());
		mvc.perform(api(post(path + "/reports"), ICT).content("{\"period\": \"" + period + "\", \"percentComplete\": 50, \"rag\": \"GREEN\", \"spendTzs\": 1}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("project.report.period-taken"));
		mvc.perform(api(post(path + "/reports"), ICT).content("{\"period\": \"2026-Q9\", \"percentComplete\": 150, \"rag\": \"GREEN\", \"spendTzs\": -1}"))
			.andExpect(status().is4xxClientError());
		mvc.perform(api(post(path + "/live"), ICT).content("{\"date\": \"" + today() + "\"}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("LIVE"));
		assertThat(jdbc.sql("select status || ' ' || go_live_date from ict_system where id = :s").param("s", planned)
			.query(String.class).single()).isEqualTo("LIVE " + today());
		mvc.perform(get("/projects/" + project).with(as(context, ICT)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("In the systems register")));
		mvc.perform(api(post(path + "/close"), ICT).content("{\"benefits\": \"Permits in 3 days\"}")).andExpect(status().isUnprocessableContent());
		mvc.perform(api(post(path + "/close"), ICT).content("{\"benefits\": \"Permits in 3 days\", \"lessons\": \"Train early\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("project.decided", project) == 2
				&& auditEntries("project.submitted", project) == 2 && auditEntries("project.closed", project) == 1);
	}

	private static String pdfText(ResultActions result) throws Exception {
		try (PDDocument document = Loader.loadPDF(result.andReturn().getResponse().getContentAsByteArray())) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void badProposalsAreRefusedAndAnotherInstitutionsProjectIsNotFound() throws Exception {
		long before = jdbc.sql("select count(*) from project").query(Long.class).single();
		mvc.perform(api(post("/api/v1/projects"), ICT).content(body("Negative", "-5", today(), today().plusDays(10))))
			.andExpect(status().is4xxClientError());
		mvc.perform(api(post("/api/v1/projects"), ICT).content(body("Absurd", "99999999999999999", today(), today().plusDays(10))))
			.andExpect(status().is4xxClientError());
		mvc.perform(api(post("/api/v1/projects"), ICT).content(body("Backwards", "1000", today(), today().minusDays(1))))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("project.end.before-start"));
		mvc.perform(api(post("/api/v1/projects"), REVIEWER).content(body("By the authority", "1000", today(), today().plusDays(1))))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from project").query(Long.class).single()).isEqualTo(before);

		UUID project = create("Tenancy " + UUID.randomUUID().toString().substring(0, 6));
		mvc.perform(api(get("/api/v1/projects/" + project), MOF)).andExpect(status().isNotFound());
		mvc.perform(api(put("/api/v1/projects/" + project), MOF).content(body("x", "1000", today(), today()))).andExpect(status().isNotFound());
		mvc.perform(api(get("/api/v1/projects/" + project), REVIEWER)).andExpect(status().isOk());
		mvc.perform(get("/projects/" + project).with(as(context, MOF))).andExpect(status().isNotFound());

		// attachments are checked like evidence and served only to the institution and the authority
		mvc.perform(multipart("/api/v1/projects/" + project + "/files").file(new MockMultipartFile("file", "proposal.pdf", "application/pdf",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))).param("kind", "PROPOSAL")
				.header("Authorization", "Bearer " + org.mizani.identity.internal.TestLogins.sharedToken(context, ICT)))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("file.type-not-allowed"));
		JsonNode file = json(mvc.perform(multipart("/api/v1/projects/" + project + "/files").file(new MockMultipartFile("file",
				"../architecture.pdf", "application/pdf", PDF)).param("kind", "ARCHITECTURE")
				.header("Authorization", "Bearer " + org.mizani.identity.internal.TestLogins.sharedToken(context, ICT)))
			.andExpect(status().isCreated()));
		assertThat(file.get("filename").asString()).isEqualTo("architecture.pdf");
		mvc.perform(get("/projects/files/" + file.get("id").asString()).with(as(context, REVIEWER))).andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
		mvc.perform(get("/projects/files/" + file.get("id").asString()).with(as(context, MOF))).andExpect(status().isNotFound());
	}

	@Test
	void thePortfolioCountsAndFlagsWhatNeedsAttention() throws Exception {
		JsonNode portfolio = json(mvc.perform(api(get("/api/v1/projects/portfolio"), "executive@ega.go.tz")).andExpect(status().isOk()));
		assertThat(portfolio.get("late").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(portfolio.get("red").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(portfolio.get("reviewOverdue").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(portfolio.get("byStatus").get("CLOSED").asLong()).isGreaterThanOrEqualTo(1);
		mvc.perform(api(get("/api/v1/projects?flag=REVIEW_OVERDUE"), REVIEWER)).andExpect(jsonPath("$.items[0].institutionAcronym").value("NIDA"));
		mvc.perform(api(get("/api/v1/projects?flag=RED"), REVIEWER)).andExpect(jsonPath("$.items[0].institutionAcronym").value("MOEST"));
		mvc.perform(api(get("/api/v1/projects"), ICT)).andExpect(jsonPath("$.items[*].institutionAcronym")
			.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("DODOMA-CC"))));
		byte[] xlsx = mvc.perform(get("/projects/export.xlsx").with(as(context, REVIEWER))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getFirstSheet().read().size() - 1L)
				.isEqualTo(jdbc.sql("select count(*) from project").query(Long.class).single());
		}
		mvc.perform(get("/projects").with(as(context, REVIEWER)).header("Accept-Language", "sw"))
			.andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("Miradi ya TEHAMA")));
	}

	@Test
	void institutionsAreRemindedOnceWhenTheLastQuartersReportIsMissing() {
		ProjectDelivery projects = context.getBean(ProjectDelivery.class);
		int first = projects.sendReportReminders();
		assertThat(first).isGreaterThanOrEqualTo(1);
		assertThat(projects.sendReportReminders()).as("once per period").isZero();
	}
}
