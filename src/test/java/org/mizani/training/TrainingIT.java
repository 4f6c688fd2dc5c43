package org.mizani.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import tools.jackson.databind.JsonNode;

@MizaniIntegrationTest
class TrainingIT extends IntegrationTestSupport {

	static final String COORDINATOR = "training@ega.go.tz";
	static final String ICT = "ict.officer@dodomacc.go.tz";
	static final String HEAD = "head@dodomacc.go.tz";
	static final String VIEWER = "viewer@dodomacc.go.tz";
	static final String MOF = "ict.officer@mof.go.tz";

	private UUID programme() throws Exception {
		mvc.perform(api(post("/api/v1/training/programmes"), COORDINATOR).content("""
				{"titleSw": "Usalama", "titleEn": "Security", "fiscalYear": 2026, "targetInstitutions": 50, "phases": 2,
				 "modules": "Only one line without a bar"}""")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("training.programme.modules.format"));
		mvc.perform(api(post("/api/v1/training/programmes"), COORDINATOR).content("""
				{"titleSw": "Usalama", "titleEn": "Security", "fiscalYear": 2026, "targetInstitutions": 50, "phases": 0}"""))
			.andExpect(status().isBadRequest());
		mvc.perform(api(post("/api/v1/training/programmes"), ICT).content("""
				{"titleSw": "Usalama", "titleEn": "Security", "fiscalYear": 2026, "targetInstitutions": 50, "phases": 2}"""))
			.andExpect(status().isForbidden());
		JsonNode created = json(mvc.perform(api(post("/api/v1/training/programmes"), COORDINATOR).content("""
				{"titleSw": "Usimamizi wa usalama %1$s", "titleEn": "Security management %1$s", "fiscalYear": 2026,
				 "targetInstitutions": 50, "phases": 2, "coOrganisers": "TCRA"}""".formatted(UUID.randomUUID())))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.modules.length()").value(4)));
		return UUID.fromString(created.get("id").asString());
	}

	private String session(UUID programme, String start, String end, int capacity, int quota) {
		return """
				{"programmeId": "%s", "phase": 1, "title": "Phase 1 — Dodoma", "startsOn": "%s", "endsOn": "%s", "venue": "Dodoma",
				 "region": "Dodoma", "capacity": %d, "quotaPerInstitution": %d, "modules": ["SECURITY", "INCIDENTS"]}
				""".formatted(programme, start, end, capacity, quota);
	}

	private void move(UUID session, String to) throws Exception {
		mvc.perform(api(post("/api/v1/training/sessions/" + session + "/status"), COORDINATOR).content("{\"to\": \"" + to + "\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value(to));
	}

	private UUID nominate(UUID session, String email, String name) throws Exception {
		return UUID.fromString(json(mvc.perform(api(post("/api/v1/training/sessions/" + session + "/nominations"), email)
			.content("{\"fullName\": \"" + name + "\", \"email\": \"" + name.replace(' ', '.').toLowerCase() + "@dodomacc.go.tz\"}"))
			.andExpect(status().isCreated())).get("id").asString());
	}

	@Test
	void aSessionRunsFromNominationsWithinQuotaAndCapacityToAttendanceAndCertificatesAnyoneCanVerify() throws Exception {
		UUID programme = programme();
		mvc.perform(api(post("/api/v1/training/sessions"), COORDINATOR).content(session(programme, "2026-05-04", "2026-05-08", 2, 2)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("training.session.dates.fiscal-year"));
		mvc.perform(api(post("/api/v1/training/sessions"), COORDINATOR).content(session(programme, "2026-10-05", "2026-10-09", 2, 3)))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("training.session.quota"));
		UUID session = UUID.fromString(json(mvc.perform(api(post("/api/v1/training/sessions"), COORDINATOR)
			.content(session(programme, "2026-10-05", "2026-10-09", 2, 2))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PLANNED"))).get("id").asString());
		String suffix = UUID.randomUUID().toString().substring(0, 6);

		// nominations: only while open, within the institution's quota, once per officer
		mvc.perform(api(post("/api/v1/training/sessions/" + session + "/nominations"), ICT)
			.content("{\"fullName\": \"Asha\", \"email\": \"asha@dodomacc.go.tz\"}")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("training.nomination.closed"));
		move(session, "OPEN");
		UUID asha = nominate(session, ICT, "Asha " + suffix);
		UUID baraka = nominate(session, HEAD, "Baraka " + suffix);
		mvc.perform(api(post("/api/v1/training/sessions/" + session + "/nominations"), ICT)
			.content("{\"fullName\": \"Third\", \"email\": \"third@dodomacc.go.tz\"}")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("training.nomination.quota"))
			.andExpect(jsonPath("$.errors[0].message").value("Your institution already holds its 2 places in this session."));
		mvc.perform(api(post("/api/v1/training/sessions/" + session + "/nominations"), MOF)
			.content("{\"fullName\": \"Juma\", \"email\": \"ASHA." + suffix + "@dodomacc.go.tz\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("training.nomination.duplicate"));
		UUID mof = UUID.fromString(json(mvc.perform(api(post("/api/v1/training/sessions/" + session + "/nominations"), MOF)
			.content("{\"fullName\": \"Juma " + suffix + "\", \"email\": \"juma." + suffix + "@mof.go.tz\"}"))
			.andExpect(status().isCreated())).get("id").asString());
		mvc.perform(api(post("/api/v1/training/sessions/" + session + "/nominations"), VIEWER)
			.content("{\"fullName\": \"V\", \"email\": \"v@dodomacc.go.tz\"}")).andExpect(status().isForbidden());

		// each institution sees only its own participants
		assertThat(json(mvc.perform(api(get("/api/v1/training/sessions/" + session + "/participants"), ICT)))).hasSize(2);
		assertThat(json(mvc.perform(api(get("/api/v1/training/sessions/" + session + "/participants"), COORDINATOR)))).hasSize(3);

		// the coordinator approves within the capacity and wait-lists the rest
		decide(asha, "APPROVED").andExpect(status().isOk());
		decide(baraka, "APPROVED").andExpect(status().isOk());
		decide(mof, "APPROVED").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("training.decision.full"));
		decide(mof, "WAITLISTED").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WAITLISTED"));
		mvc.perform(api(post("/api/v1/training/nominations/" + asha + "/decision"), ICT).content("{\"decision\": \"DECLINED\"}"))
			.andExpect(status().isForbidden());

		// attendance per day, on the session's days only, for approved participants only
		String day = "{\"day\": \"%s\", \"marks\": {\"%s\": \"%s\", \"%s\": \"%s\"}}";
		mvc.perform(api(put("/api/v1/training/sessions/" + session + "/attendance"), COORDINATOR)
			.content(day.formatted("2026-10-05", asha, "PRESENT", baraka, "PRESENT"))).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("training.attendance.not-running"));
		move(session, "RUNNING");
		mvc.perform(api(put("/api/v1/training/sessions/" + session + "/attendance"), COORDINATOR)
			.content(day.formatted("2026-10-12", asha, "PRESENT", baraka, "PRESENT"))).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("training.attendance.day"));
		mvc.perform(api(put("/api/v1/training/sessions/" + session + "/attendance"), COORDINATOR)
			.content(day.formatted("2026-10-05", asha, "PRESENT", mof, "PRESENT"))).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("training.attendance.not-participant"));
		for (int d = 5; d <= 9; d++) {
			mvc.perform(api(put("/api/v1/training/sessions/" + session + "/attendance"), COORDINATOR)
				.content(day.formatted("2026-10-0" + d, asha, d == 6 ? "LATE" : "PRESENT", baraka, d < 8 ? "PRESENT" : "ABSENT")))
				.andExpect(status().isNoContent());
		}
		mvc.perform(api(post("/api/v1/training/sessions/" + session + "/certificates"), COORDINATOR))
			.andExpect(status().isUnprocessableContent());
		move(session, "COMPLETED");
		mvc.perform(api(post("/api/v1/training/sessions/" + session + "/certificates"), COORDINATOR))
			.andExpect(status().isOk()).andExpect(jsonPath("$.issued").value(1));
		mvc.perform(api(post("/api/v1/training/sessions/" + session + "/certificates"), COORDINATOR))
			.andExpect(jsonPath("$.issued").value(0));
		String code = jdbc.sql("select code from training_certificate where participant_id = :p").param("p", asha)
			.query(String.class).single();
		assertThat(jdbc.sql("select count(*) from training_certificate where participant_id = :p").param("p", baraka)
			.query(Long.class).single()).as("60 % attendance earns no certificate").isZero();

		// the certificate: a PDF in the reader's language whose QR code opens the public verification page
		byte[] pdf = mvc.perform(get("/training/participants/" + asha + "/certificate.pdf?lang=sw").with(as(context, ICT)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Cheti cha Mafunzo", "Certificate of Training", "Asha " + suffix,
					"Security management");
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
			String link = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))))
				.getText();
			assertThat(link).endsWith("/verify/" + code);
		}
		mvc.perform(get("/training/participants/" + asha + "/certificate.pdf").with(as(context, MOF))).andExpect(status().isNotFound());

		// anyone verifies it, signed in or not; a wrong code is answered clearly; a revoked one says so
		mvc.perform(get("/verify/" + code.toLowerCase()).header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("This certificate is valid."))).andExpect(content().string(containsString("Asha " + suffix)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("asha." + suffix))));
		mvc.perform(get("/verify").param("code", code.substring(0, 4) + "-" + code.substring(4)).header("Accept-Language", "sw"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Cheti hiki ni halali.")));
		String wrongCode = code.substring(0, 25) + (code.endsWith("2") ? "3" : "2");
		mvc.perform(get("/verify/" + wrongCode).header("Accept-Language", "en")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("No certificate has this code.")));
		mvc.perform(get("/verify/<script>x").header("Accept-Language", "en")).andExpect(status().is4xxClientError());
		mvc.perform(api(post("/api/v1/training/certificates/" + asha + "/revocation"), COORDINATOR).content("{\"reason\": \" \"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(api(post("/api/v1/training/certificates/" + asha + "/revocation"), COORDINATOR)
			.content("{\"reason\": \"Issued to the wrong person\"}")).andExpect(status().isNoContent());
		mvc.perform(get("/verify/" + code).header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("This certificate was revoked")));
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("training.certificate-revoked", asha) == 1
				&& auditEntries("training.nominated", asha) == 1);

		// the plan counts the institution reached and its attending officers
		JsonNode plan = json(mvc.perform(api(get("/api/v1/training/programmes/" + programme + "/plan"), VIEWER)));
		assertThat(plan.get("overall").get("institutions").asLong()).isEqualTo(1);
		assertThat(plan.get("overall").get("officers").asLong()).isEqualTo(2);
	}

	@Test
	void twoApprovalsOfTheLastSeatAtTheSameMomentFillItOnce() throws Exception {
		UUID programme = programme();
		UUID session = UUID.fromString(json(mvc.perform(api(post("/api/v1/training/sessions"), COORDINATOR)
			.content(session(programme, "2026-10-12", "2026-10-12", 1, 1))).andExpect(status().isCreated())).get("id").asString());
		move(session, "OPEN");
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		UUID first = nominate(session, ICT, "First " + suffix);
		UUID second = UUID.fromString(json(mvc.perform(api(post("/api/v1/training/sessions/" + session + "/nominations"), MOF)
			.content("{\"fullName\": \"Second " + suffix + "\", \"email\": \"second." + suffix + "@mof.go.tz\"}"))
			.andExpect(status().isCreated())).get("id").asString());
		org.mizani.training.TrainingDelivery delivery = context.getBean(org.mizani.training.TrainingDelivery.class);
		java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.List<java.util.concurrent.Future<Boolean>> approvals = new java.util.ArrayList<>();
			for (UUID participant : java.util.List.of(first, second)) {
				approvals.add(pool.submit(() -> {
					org.springframework.security.core.context.SecurityContextHolder.getContext()
						.setAuthentication(org.mizani.identity.internal.TestLogins.authenticationOf(context, COORDINATOR));
					together.await();
					try {
						delivery.decide(participant, org.mizani.training.ParticipantStatus.APPROVED);
						return true;
					}
					catch (org.mizani.platform.BusinessRuleException full) {
						return false;
					}
					finally {
						org.springframework.security.core.context.SecurityContextHolder.clearContext();
					}
				}));
			}
			long approved = 0;
			for (java.util.concurrent.Future<Boolean> approval : approvals) {
				approved += approval.get(30, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(approved).as("one seat, one approval").isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from training_participant where session_id = :s and status = 'APPROVED'")
				.param("s", session).query(Long.class).single()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private org.springframework.test.web.servlet.ResultActions decide(UUID participant, String decision) throws Exception {
		return mvc.perform(api(post("/api/v1/training/nominations/" + participant + "/decision"), COORDINATOR)
			.content("{\"decision\": \"" + decision + "\"}"));
	}

	private UUID question(UUID programme, String module, String text, int correct) throws Exception {
		mvc.perform(post("/training/programmes/" + programme + "/questions").with(as(context, COORDINATOR))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("moduleCode", module).param("textEn", text).param("textSw", text + " (sw)").param("optionsEn", "A\nB\nC")
			.param("optionsSw", "A\nB\nC").param("correct", String.valueOf(correct)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flash", "training.question.added"));
		return jdbc.sql("select id from training_question where programme_id = :p and text_en = :t").param("p", programme)
			.param("t", text).query(UUID.class).single();
	}

	private org.springframework.test.web.servlet.ResultActions hand(UUID session, String kind, String email, UUID participant,
			java.util.Map<UUID, Integer> answers) throws Exception {
		var request = post("/training/sessions/" + session + "/tests/" + kind).with(as(context, email))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
		if (participant != null) {
			request.param("participant", participant.toString());
		}
		answers.forEach((q, a) -> request.param("q-" + q, String.valueOf(a)));
		return mvc.perform(request);
	}

	@Test
	void participantsSitPreAndPostTestsOnlineOrOnPaperAndTheGainIsMeasuredPerModule() throws Exception {
		UUID programme = programme();
		UUID q1 = question(programme, "SECURITY", "Which control stops password guessing " + UUID.randomUUID(), 2);
		UUID q2 = question(programme, "SECURITY", "Where are backups kept " + UUID.randomUUID(), 3);
		UUID q3 = question(programme, "INCIDENTS", "First step after ransomware " + UUID.randomUUID(), 1);
		question(programme, "STANDARDS", "Not asked in this session " + UUID.randomUUID(), 1);
		mvc.perform(post("/training/programmes/" + programme + "/questions").with(as(context, COORDINATOR))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("moduleCode", "SECURITY").param("textEn", "x").param("textSw", "x").param("optionsEn", "A\nB")
			.param("optionsSw", "A\nB").param("correct", "3"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("problems"));
		mvc.perform(get("/training/programmes/" + programme + "/questions").with(as(context, ICT))).andExpect(status().isForbidden());

		UUID session = UUID.fromString(json(mvc.perform(api(post("/api/v1/training/sessions"), COORDINATOR)
			.content(session(programme, "2026-10-12", "2026-10-16", 10, 2))).andExpect(status().isCreated())).get("id").asString());
		move(session, "OPEN");
		UUID officer = UUID.fromString(json(mvc.perform(api(post("/api/v1/training/sessions/" + session + "/nominations"), HEAD)
			.content("{\"fullName\": \"Emmanuel Mbwambo\", \"email\": \"ict.officer@dodomacc.go.tz\"}"))
			.andExpect(status().isCreated())).get("id").asString());
		UUID paper = nominate(session, HEAD, "Paper " + UUID.randomUUID().toString().substring(0, 6));
		decide(officer, "APPROVED").andExpect(status().isOk());
		decide(paper, "APPROVED").andExpect(status().isOk());
		move(session, "RUNNING");
		mvc.perform(post("/training/sessions/" + session + "/tests/PRE/open").with(as(context, COORDINATOR))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flash", "training.test.opened"));

		// the paper shows the session's questions, never their answers
		mvc.perform(get("/training/sessions/" + session + "/tests/PRE").with(as(context, ICT))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Which control stops password guessing")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Not asked in this session"))));
		mvc.perform(get("/training/sessions/" + session + "/tests/PRE").with(as(context, MOF))).andExpect(status().isNotFound());

		hand(session, "PRE", ICT, null, java.util.Map.of(q1, 2, q2, 1, q3, 1))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("score", 67L));
		hand(session, "PRE", ICT, null, java.util.Map.of(q1, 2))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("problems"));
		hand(session, "PRE", ICT, null, java.util.Map.of(q1, 9))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("problems"));
		hand(session, "PRE", COORDINATOR, paper, java.util.Map.of(q1, 1, q2, 1, q3, 2))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("score", 0L));
		hand(session, "POST", ICT, null, java.util.Map.of(q1, 2, q2, 3, q3, 1))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("problems"));
		mvc.perform(post("/training/sessions/" + session + "/tests/PRE/close").with(as(context, COORDINATOR))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
		long answers = jdbc.sql("select count(*) from training_test_result").query(Long.class).single();
		hand(session, "PRE", COORDINATOR, paper, java.util.Map.of(q1, 2, q2, 3, q3, 1))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("problems"));
		assertThat(jdbc.sql("select count(*) from training_test_result").query(Long.class).single())
			.as("nothing is taken once the test is closed").isEqualTo(answers);
		mvc.perform(post("/training/sessions/" + session + "/tests/POST/open").with(as(context, COORDINATOR))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
		hand(session, "POST", ICT, null, java.util.Map.of(q1, 2, q2, 3, q3, 1))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("score", 100L));
		hand(session, "POST", COORDINATOR, paper, java.util.Map.of(q1, 2, q2, 3, q3, 1));

		var results = context.getBean(KnowledgeTests.class);
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(org.mizani.identity.internal.TestLogins.authenticationOf(context, COORDINATOR));
		try {
			TestResults r = results.results(session);
			assertThat(r.satBoth()).isEqualTo(2);
			assertThat(r.averagePre()).isCloseTo(33.33, org.assertj.core.data.Offset.offset(0.01));
			assertThat(r.averagePost()).isEqualTo(100.0);
			assertThat(r.averageGain()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
			TestResults.Module security = r.modules().stream().filter(m -> m.code().equals("SECURITY")).findFirst().orElseThrow();
			assertThat(security.pre()).isEqualTo(25.0);
			assertThat(security.gain()).isEqualTo(75.0);
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}

		// the reaction survey, once per participant
		var survey = post("/training/sessions/" + session + "/survey").with(as(context, ICT))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("relevance", "5").param("quality", "4").param("trainer", "5").param("venue", "3").param("comments", "More labs");
		mvc.perform(survey).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
			.attribute("flash", "training.survey.answered"));
		mvc.perform(survey).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("problems"));
		mvc.perform(post("/training/sessions/" + session + "/survey").with(as(context, HEAD))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("relevance", "1").param("quality", "1").param("trainer", "1").param("venue", "1")).andExpect(status().isNotFound());
		mvc.perform(get("/training/sessions/" + session).with(as(context, COORDINATOR)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Survey: 1 answers — relevance 5.0, quality 4.0, trainers 5.0, venue 3.0")))
			.andExpect(content().string(containsString("More labs")))
			.andExpect(content().string(containsString("a gain of 67 points")));
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("training.test-taken", officer) == 2);
	}

	@Test
	void guessingCertificateCodesIsSlowedPerAddress() throws Exception {
		int limited = 0;
		for (int i = 0; i < 40; i++) {
			int status = mvc.perform(get("/verify/" + "A".repeat(26)).with(r -> {
				r.setRemoteAddr("10.66.0.1");
				return r;
			})).andReturn().getResponse().getStatus();
			limited += status == 429 ? 1 : 0;
		}
		assertThat(limited).as("30 checks a minute per address").isEqualTo(10);
		mvc.perform(get("/verify/" + "A".repeat(26)).with(r -> {
			r.setRemoteAddr("10.66.0.2");
			return r;
		})).andExpect(status().isNotFound());
	}

	@Test
	void theDemoProgrammeShowsItsPlanAndThePagesRenderInBothLanguages() throws Exception {
		UUID demo = jdbc.sql("select id from training_programme where title_en = 'ICT systems security management'").query(UUID.class)
			.single();
		mvc.perform(get("/training/programmes/" + demo).with(as(context, "executive@ega.go.tz")).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("16 of 200 institutions reached")))
			.andExpect(content().string(containsString("2021/22")));
		UUID phase2 = jdbc.sql("select id from training_session where programme_id = :p and phase = 2").param("p", demo)
			.query(UUID.class).single();
		mvc.perform(get("/training/sessions/" + phase2).with(as(context, COORDINATOR)).header("Accept-Language", "sw"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Emmanuel Mbwambo")))
			.andExpect(content().string(containsString("Toa vyeti")));
		mvc.perform(get("/training/sessions/" + phase2).with(as(context, MOF))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Emmanuel Mbwambo"))));
		mvc.perform(get("/training/programmes/new").with(as(context, ICT))).andExpect(status().isForbidden());
	}

	@Test
	void aProgrammeMayRequireAPostTestPassMarkForCertificates() throws Exception {
		String programme = """
				{"titleSw": "Alama %1$s", "titleEn": "Pass mark %1$s", "fiscalYear": 2026, "targetInstitutions": 10, "phases": 1,
				 "certificatePassMark": %2$d}""";
		mvc.perform(api(post("/api/v1/training/programmes"), COORDINATOR).content(programme.formatted(UUID.randomUUID(), 101)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("certificatePassMark"));
		mvc.perform(api(post("/api/v1/training/programmes"), COORDINATOR).content(programme.formatted(UUID.randomUUID(), 60)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.certificatePassMark").value(60));
	}
}
