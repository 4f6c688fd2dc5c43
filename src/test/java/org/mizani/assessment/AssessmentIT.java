package org.mizani.assessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.mizani.MizaniIntegrationTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.mizani.identity.internal.TestLogins.as;
import static org.mizani.identity.internal.TestLogins.authenticationOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@MizaniIntegrationTest
class AssessmentIT extends AssessmentTestSupport {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aCampaignIsLaunchedOnceAndEveryInstitutionGetsOneResponsePerRequirement() throws Exception {
		UUID campaign = createCampaign(unique("Launch"), "DODOMA-CC, MOF, TRA", LateRule.ALLOWED_FLAGGED, today(),
				today().plusDays(30));
		long requirements = jdbc.sql("select count(*) from campaign_requirement where campaign_id = :c").param("c", campaign)
			.query(Long.class).single();
		assertThat(requirements).isGreaterThanOrEqualTo(80);

		mvc.perform(api(post("/api/v1/campaigns/" + campaign + "/launch"), OFFICER)).andExpect(status().isAccepted())
			.andExpect(jsonPath("$.institutions").value(3));
		mvc.perform(api(post("/api/v1/campaigns/" + campaign + "/launch"), OFFICER)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("campaign.launch.already"));
		await().atMost(Duration.ofSeconds(30)).until(() -> "OPEN".equals(jdbc
			.sql("select status from assessment_campaign where id = :id").param("id", campaign).query(String.class).single()));

		assertThat(jdbc.sql("select count(*) from assessment where campaign_id = :c").param("c", campaign).query(Long.class)
			.single()).isEqualTo(3);
		assertThat(jdbc.sql("""
				select count(*) from assessment_response r join assessment a on a.id = r.assessment_id where a.campaign_id = :c
				""").param("c", campaign).query(Long.class).single())
			.as("one response per requirement applicable to each institution's type").isEqualTo(jdbc.sql("""
					select count(*) from campaign_requirement q cross join institution i
					where q.campaign_id = :c and i.acronym in ('DODOMA-CC', 'MOF', 'TRA')
					  and (cardinality(q.applicability) = 0 or i.type = any(q.applicability))
					""").param("c", campaign).query(Long.class).single())
			.isLessThan(3 * requirements);
		mvc.perform(api(post("/api/v1/campaigns/" + campaign + "/launch"), OFFICER)).andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select count(*) from assessment where campaign_id = :c").param("c", campaign).query(Long.class)
			.single()).as("a second launch adds nothing").isEqualTo(3);
		mvc.perform(api(get("/api/v1/campaigns/" + campaign), OFFICER)).andExpect(jsonPath("$.launchDone").value(3))
			.andExpect(jsonPath("$.launchTotal").value(3));
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("assessment.campaign.launched", campaign) == 1);
	}

	@Test
	void aCampaignWithBadInputIsRefusedWithReasonsAndNothingIsStored() throws Exception {
		long before = jdbc.sql("select count(*) from assessment_campaign").query(Long.class).single();
		mvc.perform(api(post("/api/v1/campaigns"), OFFICER).content("""
				{"name": "Bad", "versionId": "%s", "institutions": ["NOPE", "DODOMA-CC"], "opensOn": "2027-02-01",
				 "deadline": "2027-01-01", "lateRule": "LOCKED"}
				""".formatted(baselineVersion())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("campaign.scope.unknown")))
			.andExpect(content().string(containsString("campaign.deadline.before-opening")))
			.andExpect(content().string(containsString("NOPE")));
		mvc.perform(api(post("/api/v1/campaigns"), OFFICER).content("""
				{"name": "Bad", "versionId": "%s", "opensOn": "2027-01-01", "deadline": "2027-02-01", "lateRule": "LOCKED"}
				""".formatted(UUID.randomUUID())))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("campaign.version.unknown"));
		mvc.perform(api(post("/api/v1/campaigns"), OFFICER).content("""
				{"name": "", "versionId": "%s", "opensOn": "2027-01-01", "deadline": "2027-02-01", "lateRule": "MAYBE"}
				""".formatted(baselineVersion())))
			.andExpect(status().is4xxClientError());
		mvc.perform(api(post("/api/v1/campaigns"), ICT).content("{}")).andExpect(status().is4xxClientError());
		assertThat(jdbc.sql("select count(*) from assessment_campaign").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void anAnswerIsSavedAndAStaleVersionIsAConflictNeverAnOverwrite() throws Exception {
		UUID campaign = launchedCampaign(unique("Answers"), "DODOMA-CC", LateRule.ALLOWED_FLAGGED, today(), today().plusDays(30));
		UUID assessment = assessmentOf(campaign, "DODOMA-CC");
		UUID response = responsesOf(assessment).get(0);
		String path = "/api/v1/assessments/responses/" + response;
		long v0 = version(path, ICT);

		mvc.perform(api(put(path), ICT).header("If-Match", "\"" + v0 + "\"")
			.content("{\"result\": \"PARTIALLY_COMPLIANT\", \"maturity\": 2, \"notes\": \"Policy drafted\"}"))
			.andExpect(status().isOk()).andExpect(header().string("ETag", "\"" + (v0 + 1) + "\""));
		mvc.perform(api(put(path), HEAD).header("If-Match", "\"" + v0 + "\"")
			.content("{\"result\": \"COMPLIANT\", \"notes\": \"Approved\"}"))
			.andExpect(status().isConflict()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		assertThat(jdbc.sql("select notes from assessment_response where id = :id").param("id", response).query(String.class)
			.single()).isEqualTo("Policy drafted");
		assertThat(jdbc.sql("select status from assessment where id = :id").param("id", assessment).query(String.class)
			.single()).isEqualTo("IN_PROGRESS");
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("assessment.response.saved", response) == 1);

		// two people save the same version at the same moment: one wins, the other is told
		long v1 = v0 + 1;
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> save = () -> mvc.perform(api(put(path), ICT).header("If-Match", "\"" + v1 + "\"")
				.content("{\"result\": \"COMPLIANT\"}")).andReturn().getResponse().getStatus();
			List<Future<Integer>> results = pool.invokeAll(List.of(save, save));
			assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void theWorkspaceSavesAsYouGoAndShowsBothVersionsOnAConflict() throws Exception {
		UUID campaign = launchedCampaign(unique("Workspace"), "DODOMA-CC", LateRule.ALLOWED_FLAGGED, today(), today().plusDays(30));
		UUID assessment = assessmentOf(campaign, "DODOMA-CC");
		UUID response = responsesOf(assessment).get(1);
		mvc.perform(get("/assessments/" + assessment).with(as(context, ICT)).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Standard areas")));
		mvc.perform(post("/responses/" + response).with(as(context, ICT)).with(csrf()).header("HX-Request", "true")
				.param("version", "0").param("result", "COMPLIANT").param("notes", "Steering committee meets quarterly"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Imehifadhiwa.")));
		mvc.perform(post("/responses/" + response).with(as(context, HEAD)).with(csrf()).header("Accept-Language", "en")
				.param("version", "0").param("result", "NON_COMPLIANT").param("notes", "No minutes <b>found</b>"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Your version (not saved)")))
			.andExpect(content().string(containsString("Steering committee meets quarterly")))
			.andExpect(content().string(containsString("No minutes &lt;b&gt;found&lt;/b&gt;")));
		mvc.perform(post("/responses/" + response).with(as(context, ICT)).with(csrf()).header("Accept-Language", "en")
				.param("version", "1").param("result", "NOT_APPLICABLE"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Give a justification")));
		mvc.perform(post("/responses/" + response).with(as(context, ICT)).with(csrf()).param("version", "1")
				.param("result", "COMPLIANT").param("maturity", "9"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/responses/" + response).with(as(context, VIEWER)).with(csrf()).param("version", "1")
				.param("result", "COMPLIANT"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select result from assessment_response where id = :id").param("id", response).query(String.class)
			.single()).isEqualTo("COMPLIANT");
	}

	@Test
	void notApplicableNeedsAJustificationAndAssigneesBelongToTheInstitution() throws Exception {
		UUID campaign = launchedCampaign(unique("Justify"), "DODOMA-CC", LateRule.ALLOWED_FLAGGED, today(), today().plusDays(30));
		UUID response = responsesOf(assessmentOf(campaign, "DODOMA-CC")).get(2);
		String path = "/api/v1/assessments/responses/" + response;
		UUID mofOfficer = jdbc.sql("select id from app_user where email = :e").param("e", MOF_ICT).query(UUID.class).single();
		mvc.perform(api(put(path), ICT).content("{\"result\": \"NOT_APPLICABLE\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("justification"));
		mvc.perform(api(put(path), ICT).content("{\"result\": \"COMPLIANT\", \"assigneeId\": \"" + mofOfficer + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("assessment.response.assignee-unknown"));
		mvc.perform(api(put(path), ICT).content("{\"result\": \"NOT_APPLICABLE\", \"justification\": \"No public services\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.justification").value("No public services"));
		// notes kept while the result is still open (a hostile-input run found this answered 500)
		mvc.perform(api(put(path), ICT).content("{\"notes\": \"Still checking with the registry\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.notes").value("Still checking with the registry"))
			.andExpect(jsonPath("$.result").doesNotExist());
	}

	@Test
	void evidenceIsJudgedByContentHashedAndDownloadedOnlyByItsInstitutionAndTheAuthority() throws Exception {
		UUID campaign = launchedCampaign(unique("Evidence"), "DODOMA-CC", LateRule.ALLOWED_FLAGGED, today(), today().plusDays(30));
		List<UUID> responses = responsesOf(assessmentOf(campaign, "DODOMA-CC"));
		String upload = "/api/v1/assessments/responses/" + responses.get(0) + "/evidence";
		byte[] pdf = (new String(PDF, StandardCharsets.US_ASCII) + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);

		JsonNode evidence = json(mvc.perform(multipart(upload).file(new MockMultipartFile("file", "../../etc/minutes.pdf",
				"text/html", pdf)).header("Authorization", "Bearer " + token(ICT)))
			.andExpect(status().isCreated()));
		assertThat(evidence.get("filename").asString()).isEqualTo("minutes.pdf");
		assertThat(evidence.get("mediaType").asString()).isEqualTo("application/pdf");
		assertThat(evidence.get("sha256").asString()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
		String file = evidence.get("fileId").asString();

		mvc.perform(get("/evidence/" + file).with(as(context, VIEWER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(pdf));
		mvc.perform(get("/evidence/" + file).with(as(context, OFFICER))).andExpect(status().isOk());
		mvc.perform(get("/evidence/" + file).with(as(context, MOF_ICT))).andExpect(status().isNotFound());
		mvc.perform(get("/evidence/" + file).with(as(context, "cert@tcra.go.tz"))).andExpect(status().isNotFound());

		// reused on another requirement without a second copy
		mvc.perform(post("/responses/" + responses.get(1) + "/evidence/reuse").with(as(context, ICT)).with(csrf()).param("file", file))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from evidence_file where id = :f").param("f", UUID.fromString(file)).query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from response_evidence where evidence_file_id = :f").param("f", UUID.fromString(file))
			.query(Long.class).single()).isEqualTo(2);

		long attachments = jdbc.sql("select count(*) from response_evidence").query(Long.class).single();
		mvc.perform(multipart(upload).file(new MockMultipartFile("file", "report.pdf", "application/pdf",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
				.header("Authorization", "Bearer " + token(ICT)))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("file.type-not-allowed"));
		mvc.perform(multipart(upload).file(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]))
				.header("Authorization", "Bearer " + token(ICT)))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("file.empty"));
		byte[] big = new byte[20 * 1024 * 1024 + 10];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		mvc.perform(multipart(upload).file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
				.header("Authorization", "Bearer " + token(ICT)))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("file.too-large"));
		mvc.perform(multipart(upload).file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF))
				.header("Authorization", "Bearer " + token(MOF_ICT)))
			.andExpect(status().isNotFound());
		mvc.perform(api(post("/api/v1/assessments/responses/" + responses.get(0) + "/links"), ICT)
				.content("{\"url\": \"javascript:alert(1)\", \"title\": \"x\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("assessment.evidence.url-invalid"));
		assertThat(jdbc.sql("select count(*) from response_evidence").query(Long.class).single()).isEqualTo(attachments);
		mvc.perform(api(post("/api/v1/assessments/responses/" + responses.get(0) + "/links"), ICT)
				.content("{\"url\": \"https://www.dodomacc.go.tz/ict-policy.pdf\", \"title\": \"ICT policy\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.url").value("https://www.dodomacc.go.tz/ict-policy.pdf"));
	}

	@Test
	void anInterruptedUploadLeavesNoRecordAndNoFile() throws Exception {
		UUID campaign = launchedCampaign(unique("Interrupted"), "DODOMA-CC", LateRule.ALLOWED_FLAGGED, today(), today().plusDays(30));
		UUID response = responsesOf(assessmentOf(campaign, "DODOMA-CC")).get(0);
		Path store = Path.of(context.getEnvironment().getProperty("mizani.data-dir"), "files");
		long filesBefore = countFiles(store);
		long rowsBefore = jdbc.sql("select count(*) from evidence_file").query(Long.class).single();
		InputStream breaking = new InputStream() {
			private int sent;

			@Override
			public int read() throws IOException {
				if (sent++ < PDF.length) {
					return PDF[sent - 1];
				}
				throw new IOException("connection reset by peer");
			}
		};
		SecurityContextHolder.getContext().setAuthentication(authenticationOf(context, ICT));
		try {
			assertThatThrownBy(() -> context.getBean(AssessmentEvidence.class).attachFile(new ResponseId(response), "cut.pdf", breaking))
				.isInstanceOf(IOException.class);
			// a database failure after the file was stored takes the new file away with the rollback
			byte[] fresh = (new String(PDF, StandardCharsets.US_ASCII) + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
			assertThatThrownBy(() -> context.getBean(AssessmentEvidence.class).attachFile(new ResponseId(UUID.randomUUID()),
					"x.pdf", new ByteArrayInputStream(fresh))).isInstanceOf(org.mizani.platform.NotFoundException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(jdbc.sql("select count(*) from evidence_file").query(Long.class).single()).isEqualTo(rowsBefore);
		assertThat(countFiles(store)).isEqualTo(filesBefore);
	}

	private static long countFiles(Path root) throws IOException {
		if (!Files.exists(root)) {
			return 0;
		}
		try (var walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).count();
		}
	}

	@Test
	void onlyTheHeadSubmitsACompleteAssessmentOnceAndItIsThenReadOnly() throws Exception {
		UUID campaign = launchedCampaign(unique("Submit"), "DODOMA-CC", LateRule.ALLOWED_FLAGGED, today(), today().plusDays(30));
		UUID assessment = assessmentOf(campaign, "DODOMA-CC");
		String submit = "/api/v1/assessments/" + assessment + "/submit";

		mvc.perform(api(post(submit), HEAD)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("assessment.submit.unanswered"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("AV-01")));
		answerAll(assessment, Result.COMPLIANT, ICT);
		mvc.perform(api(post(submit), ICT)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("assessment.submit.head-only"));
		mvc.perform(api(post(submit), VIEWER)).andExpect(status().isForbidden());
		long version = version("/api/v1/assessments/" + assessment, HEAD);
		mvc.perform(api(post(submit), HEAD).header("If-Match", "\"" + (version - 1) + "\"")).andExpect(status().isConflict());
		mvc.perform(api(post(submit), HEAD).header("If-Match", "\"" + version + "\""))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED")).andExpect(jsonPath("$.late").value(false));
		mvc.perform(api(post(submit), HEAD)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("assessment.submit.already-submitted"));
		UUID response = responsesOf(assessment).get(0);
		mvc.perform(api(put("/api/v1/assessments/responses/" + response), ICT).content("{\"result\": \"NON_COMPLIANT\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("assessment.locked.submitted"));
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("assessment.submitted", assessment) == 1);
	}

	@Test
	void afterTheDeadlineALockedCampaignRefusesAndAnOpenOneMarksTheSubmissionLate() throws Exception {
		UUID locked = launchedCampaign(unique("Locked"), "DODOMA-CC", LateRule.LOCKED, today().minusDays(30), today().minusDays(1));
		UUID lockedAssessment = assessmentOf(locked, "DODOMA-CC");
		mvc.perform(api(put("/api/v1/assessments/responses/" + responsesOf(lockedAssessment).get(0)), ICT)
				.content("{\"result\": \"COMPLIANT\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("assessment.locked.deadline"));
		jdbc.sql("update assessment_response set result = 'COMPLIANT' where assessment_id = :a").param("a", lockedAssessment).update();
		mvc.perform(api(post("/api/v1/assessments/" + lockedAssessment + "/submit"), HEAD))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("assessment.submit.deadline-passed"));

		// the authority gives this institution more time: it can answer and submit again
		mvc.perform(api(put("/api/v1/assessments/" + lockedAssessment + "/deadline"), OFFICER)
				.content("{\"deadline\": \"" + today().minusDays(1) + "\"}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(api(put("/api/v1/assessments/" + lockedAssessment + "/deadline"), OFFICER)
				.content("{\"deadline\": \"" + today().plusDays(7) + "\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.deadline").value(today().plusDays(7).toString()));
		mvc.perform(api(post("/api/v1/assessments/" + lockedAssessment + "/submit"), HEAD)).andExpect(status().isOk());

		UUID flagged = launchedCampaign(unique("Flagged"), "DODOMA-CC", LateRule.ALLOWED_FLAGGED, today().minusDays(30),
				today().minusDays(1));
		UUID late = assessmentOf(flagged, "DODOMA-CC");
		answerAll(late, Result.PARTIALLY_COMPLIANT, ICT);
		mvc.perform(api(post("/api/v1/assessments/" + late + "/submit"), HEAD))
			.andExpect(status().isOk()).andExpect(jsonPath("$.late").value(true));
		mvc.perform(api(get("/api/v1/campaigns/" + flagged + "/assessments?late=true"), OFFICER))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void theAuthorityReviewsReturnsAndAcceptsAndTheScoreFollowsThePolicy() throws Exception {
		UUID campaign = launchedCampaign(unique("Review"), "DODOMA-CC", LateRule.ALLOWED_FLAGGED, today(), today().plusDays(30));
		UUID assessment = assessmentOf(campaign, "DODOMA-CC");
		answerAll(assessment, Result.COMPLIANT, ICT);
		mvc.perform(api(post("/api/v1/assessments/" + assessment + "/submit"), HEAD)).andExpect(status().isOk());
		List<UUID> responses = responsesOf(assessment);
		String review0 = "/api/v1/assessments/responses/" + responses.get(0) + "/review";

		mvc.perform(api(post(review0), ICT).content("{\"decision\": \"ACCEPT\", \"version\": 0}")).andExpect(status().isForbidden());
		long v = version("/api/v1/assessments/responses/" + responses.get(0), OFFICER);
		mvc.perform(api(post(review0), OFFICER).content("{\"decision\": \"OVERRIDE\", \"overrideResult\": \"NON_COMPLIANT\", \"version\": " + v + "}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("comment"));
		mvc.perform(api(post(review0), OFFICER).content("{\"decision\": \"OVERRIDE\", \"overrideResult\": \"NON_COMPLIANT\", "
				+ "\"comment\": \"The strategy expired in 2020\", \"version\": " + v + "}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.reviewState").value("OVERRIDDEN"));
		long v1 = version("/api/v1/assessments/responses/" + responses.get(1), OFFICER);
		mvc.perform(api(post("/api/v1/assessments/responses/" + responses.get(1) + "/review"), OFFICER)
				.content("{\"decision\": \"MORE_EVIDENCE\", \"comment\": \"Attach the minutes\", \"version\": " + v1 + "}"))
			.andExpect(status().isOk());
		mvc.perform(api(post("/api/v1/assessments/" + assessment + "/accept"), OFFICER).content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("assessment.accept.evidence-requested"));
		mvc.perform(api(post("/api/v1/assessments/" + assessment + "/return"), OFFICER).content("{\"comment\": \"\"}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(api(post("/api/v1/assessments/" + assessment + "/return"), OFFICER).content("{\"comment\": \"See the requests\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
		mvc.perform(api(get("/api/v1/assessments/" + assessment + "/responses?show=RETURNED"), ICT))
			.andExpect(jsonPath("$.length()").value(1));

		// the institution adds evidence and submits again; the authority accepts
		mvc.perform(api(post("/api/v1/assessments/responses/" + responses.get(1) + "/links"), ICT)
			.content("{\"url\": \"https://www.dodomacc.go.tz/minutes.pdf\"}")).andExpect(status().isCreated());
		mvc.perform(api(post("/api/v1/assessments/" + assessment + "/submit"), HEAD)).andExpect(status().isOk());
		mvc.perform(api(post("/api/v1/assessments/" + assessment + "/accept"), OFFICER).content("{\"comment\": \"Good work\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));

		BigDecimalPair expected = expectedScore(assessment, responses.get(0));
		JsonNode score = json(mvc.perform(api(get("/api/v1/assessments/" + assessment + "/score"), VIEWER)).andExpect(status().isOk()));
		assertThat(score.get("overall").decimalValue()).isEqualByComparingTo(expected.overall());
		assertThat(jdbc.sql("select score from assessment where id = :a").param("a", assessment).query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo(expected.overall());
		assertThat(score.get("areas").size()).isEqualTo(jdbc.sql("select count(*) from campaign_area where campaign_id = :c")
			.param("c", campaign).query(Long.class).single().intValue());
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("assessment.response.reviewed", responses.get(0)) == 1
				&& auditEntries("assessment.returned", assessment) == 1 && auditEntries("assessment.accepted", assessment) == 1);
		mvc.perform(get("/assessments/" + assessment).with(as(context, VIEWER)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Good work")));
	}

	record BigDecimalPair(java.math.BigDecimal overall) {
	}

	/** Every answer compliant except one overridden to non-compliant: the weight of that one is lost. */
	private BigDecimalPair expectedScore(UUID assessment, UUID overridden) {
		java.math.BigDecimal total = jdbc.sql("""
				select sum(q.weight) from assessment_response r join assessment a on a.id = r.assessment_id
				join campaign_requirement q on q.campaign_id = a.campaign_id and q.requirement_id = r.requirement_id
				where r.assessment_id = :a""").param("a", assessment).query(java.math.BigDecimal.class).single();
		java.math.BigDecimal lost = jdbc.sql("""
				select q.weight from assessment_response r join assessment a on a.id = r.assessment_id
				join campaign_requirement q on q.campaign_id = a.campaign_id and q.requirement_id = r.requirement_id
				where r.id = :r""").param("r", overridden).query(java.math.BigDecimal.class).single();
		return new BigDecimalPair(total.subtract(lost).multiply(java.math.BigDecimal.valueOf(100))
			.divide(total, 2, java.math.RoundingMode.HALF_UP));
	}

	@Test
	void anotherInstitutionsAssessmentIsNotFound() throws Exception {
		UUID campaign = launchedCampaign(unique("Tenancy"), "MOF", LateRule.ALLOWED_FLAGGED, today(), today().plusDays(30));
		UUID assessment = assessmentOf(campaign, "MOF");
		UUID response = responsesOf(assessment).get(0);
		mvc.perform(api(get("/api/v1/assessments/" + assessment), ICT)).andExpect(status().isNotFound());
		mvc.perform(api(get("/api/v1/assessments/" + assessment + "/responses"), VIEWER)).andExpect(status().isNotFound());
		mvc.perform(api(put("/api/v1/assessments/responses/" + response), ICT).content("{\"result\": \"COMPLIANT\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/assessments/" + assessment).with(as(context, HEAD))).andExpect(status().isNotFound());
		mvc.perform(get("/assessments/" + assessment + "/report.pdf").with(as(context, HEAD))).andExpect(status().isNotFound());
		mvc.perform(api(get("/api/v1/assessments?institution=" + institutionId("MOF")), ICT)).andExpect(status().isNotFound());
		mvc.perform(api(get("/api/v1/assessments/" + assessment), MOF_ICT)).andExpect(status().isOk());
		mvc.perform(api(get("/api/v1/assessments/" + assessment), "executive@ega.go.tz")).andExpect(status().isOk());
	}

	@Test
	void theOverviewFiltersAndRemindsThoseWhoHaveNotSubmitted() throws Exception {
		UUID campaign = launchedCampaign(unique("Overview"), "DODOMA-CC, MOF", LateRule.ALLOWED_FLAGGED, today(), today().plusDays(30));
		UUID dodoma = assessmentOf(campaign, "DODOMA-CC");
		answerAll(dodoma, Result.COMPLIANT, ICT);
		mvc.perform(api(post("/api/v1/assessments/" + dodoma + "/submit"), HEAD)).andExpect(status().isOk());
		mvc.perform(api(get("/api/v1/campaigns/" + campaign + "/assessments?status=SUBMITTED"), OFFICER))
			.andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].institutionAcronym").value("DODOMA-CC"))
			.andExpect(jsonPath("$.items[0].answered").value(responsesOf(dodoma).size()));
		mvc.perform(api(get("/api/v1/campaigns/" + campaign + "/assessments?q=mof"), OFFICER)).andExpect(jsonPath("$.total").value(1));
		mvc.perform(api(get("/api/v1/campaigns/" + campaign + "/status-counts"), OFFICER))
			.andExpect(jsonPath("$.SUBMITTED").value(1)).andExpect(jsonPath("$.NOT_STARTED").value(1));
		mvc.perform(api(post("/api/v1/campaigns/" + campaign + "/reminders"), OFFICER))
			.andExpect(status().isOk()).andExpect(jsonPath("$.institutions").value(1));
		mvc.perform(api(post("/api/v1/campaigns/" + campaign + "/reminders"), ICT)).andExpect(status().isForbidden());
		mvc.perform(get("/campaigns/" + campaign).with(as(context, OFFICER)).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("DODOMA-CC")))
			.andExpect(content().string(containsString("Submitted")));
	}

	@Test
	void aDeadlineCannotBeExtendedIntoThePastOrForASubmittedAssessment() throws Exception {
		UUID campaign = launchedCampaign(unique("Extend"), "DODOMA-CC", LateRule.ALLOWED_FLAGGED, today(), today().plusDays(10));
		UUID assessment = assessmentOf(campaign, "DODOMA-CC");
		mvc.perform(api(put("/api/v1/assessments/" + assessment + "/deadline"), OFFICER)
			.content("{\"deadline\": \"" + today().plusDays(5) + "\"}")).andExpect(status().isUnprocessableContent());
		mvc.perform(api(put("/api/v1/assessments/" + assessment + "/deadline"), ICT)
			.content("{\"deadline\": \"" + today().plusDays(50) + "\"}")).andExpect(status().isForbidden());
		mvc.perform(api(put("/api/v1/assessments/" + assessment + "/deadline"), OFFICER)
			.content("{\"deadline\": \"" + today().plusDays(50) + "\"}")).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("assessment.deadline.extended", assessment) == 1);
	}

	@Test
	void aBulkChangeWithOtherAssessmentsResponsesChangesOnlyItsOwn() throws Exception {
		UUID campaign = launchedCampaign(unique("Bulk"), "DODOMA-CC, MOF", LateRule.ALLOWED_FLAGGED, today(), today().plusDays(30));
		UUID dodoma = assessmentOf(campaign, "DODOMA-CC");
		UUID mofResponse = responsesOf(assessmentOf(campaign, "MOF")).get(0);
		UUID own = responsesOf(dodoma).get(0);
		mvc.perform(api(post("/api/v1/assessments/" + dodoma + "/bulk"), ICT)
				.content("{\"responses\": [\"" + own + "\", \"" + mofResponse + "\"], \"result\": \"COMPLIANT\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.changed").value(1));
		assertThat(jdbc.sql("select result from assessment_response where id = :id").param("id", mofResponse)
			.query(String.class).optional().orElse(null)).isNull();
		mvc.perform(api(post("/api/v1/assessments/" + dodoma + "/bulk"), ICT)
				.content("{\"responses\": [\"" + own + "\"], \"result\": \"NOT_APPLICABLE\"}"))
			.andExpect(status().isUnprocessableContent());
	}
}
