package org.mizani.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizani.identity.internal.TestLogins.demoPassword;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizani.MizaniIntegrationTest;
import org.mizani.identity.Role;
import org.mizani.identity.internal.TestLogins;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The journeys that matter, by keyboard alone (Tab and Shift+Tab to reach a control, Enter, Space
 * and the arrow keys to use it; never a mouse click), each in Kiswahili and in English: the
 * assessment from the ICT officer's answer with evidence to the head's submission and the
 * authority's acceptance; an incident from report to closure with its lessons; a nomination to
 * the certificate a stranger verifies through its QR code; the follow-up months later. What each
 * page says is checked against the message bundle of its language, and each page the journey opens
 * is scanned with axe-core (no serious or critical WCAG 2.1 A/AA violation).
 */
@MizaniIntegrationTest
@Tag("browser")
class KeyboardJourneyIT extends BrowserTestSupport {

	static final String PASSWORD = "mvua ya vuli imeanza mapema";

	/** The institution of each run: the demo's Dodoma City Council in English, the Ministry of Finance in Kiswahili. */
	private static String institution(String language) {
		return "en".equals(language) ? "DODOMA-CC" : "MOF";
	}

	private static String officer(String language) {
		return "en".equals(language) ? "ict.officer@dodomacc.go.tz" : "ict.officer@mof.go.tz";
	}

	/** Every page a journey opens is scanned with axe-core as well (when .ci/run has fetched it). */
	@org.junit.jupiter.api.BeforeEach
	void scanThePages() throws Exception {
		scanEveryPage();
	}

	@AfterEach
	void forgetTheBrowser() {
		browser.manage().deleteAllCookies();
		assertScannedPagesAccessible();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sw", "en" })
	void anAssessmentIsAnsweredWithEvidenceSubmittedByTheHeadAndAcceptedByTheAuthority(String language) throws Exception {
		String head = head(language);
		UUID assessment = openAssessment(institution(language));
		UUID first = jdbc.sql("select id from assessment_response where assessment_id = :a order by position limit 1")
			.param("a", assessment).query(UUID.class).single();
		// every requirement but the first is answered already: the journey is about the last answer and what follows
		jdbc.sql("update assessment_response set result = 'COMPLIANT', answered_at = now() where assessment_id = :a and id <> :f")
			.param("a", assessment).param("f", first).update();
		Path evidence = Files.createTempFile("minutes-", ".txt");
		Files.writeString(evidence, "Minutes of the ICT steering committee\n");
		try {
			signInByKeyboard(officer(language), demoPassword());
			open("/assessments/" + assessment + "?lang=" + language);
			screenshot("assessment-workspace-" + language);
			activate(By.cssSelector("a[href='/responses/" + first + "']"));
			chooseRadio(By.id("result-COMPLIANT"));
			waitFor(() -> browser.findElement(By.id("editor")).getText().contains(say(language, "assessment.response.saved")));
			type(By.id("notes"), "Strategy approved by the council", Keys.TAB);
			waitFor(() -> "Strategy approved by the council".equals(jdbc.sql("select coalesce(notes, '') from assessment_response where id = :r")
				.param("r", first).query(String.class).single()));
			tabTo(By.id("file")).sendKeys(evidence.toAbsolutePath().toString());
			pressInPlace(By.cssSelector("form[data-progress] button[type='submit']"));
			waitFor(() -> browser.findElement(By.id("editor")).getText().contains(evidence.getFileName().toString()));
			screenshot("assessment-response-" + language);
			signOutByKeyboard();

			signInByKeyboard(head, PASSWORD);
			open("/assessments/" + assessment + "?lang=" + language);
			activate(By.cssSelector("a[href='/assessments/" + assessment + "/submit']"));
			activate(By.cssSelector("form[action$='/submit'] button[type=submit]"));
			assertThat(text()).contains(say(language, "assessment.submitted"));
			signOutByKeyboard();

			signInByKeyboard("compliance@ega.go.tz", demoPassword());
			open("/assessments/" + assessment + "?lang=" + language);
			type(By.id("accept-comment"), "Evidence checked.");
			activate(By.cssSelector("form[action$='/accept'] button"));
			assertThat(text()).contains(say(language, "assessment.accepted"));
			assertThat(jdbc.sql("select status from assessment where id = :a").param("a", assessment).query(String.class).single())
				.isEqualTo("ACCEPTED");
			signOutByKeyboard();
		}
		finally {
			Files.deleteIfExists(evidence);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "sw", "en" })
	void anIncidentIsReportedHandledAndClosedWithItsLessons(String language) throws Exception {
		String title = "Ransom note " + language + " " + UUID.randomUUID().toString().substring(0, 6);
		signInByKeyboard(officer(language), demoPassword());
		open("/incidents/new?lang=" + language);
		type(By.id("title"), title);
		type(By.id("description"), "Files encrypted; a ransom note on the desktop.");
		choose(By.id("category"), firstValue(By.id("category")));
		choose(By.id("severity"), "HIGH");
		choose(By.id("systems"), firstValue(By.id("systems")));
		screenshot("incident-report-" + language);
		activate(By.cssSelector("main form button[type=submit]"));
		assertThat(text()).contains(say(language, "incident.reported"), title);
		type(By.id("report-EARLY_WARNING"), "Server isolated from the network.");
		activate(By.cssSelector("form[action$='/stages/EARLY_WARNING/submit'] button"));
		assertThat(text()).contains(say(language, "incident.stage.sent"));
		String incident = browser.getCurrentUrl().replaceAll(".*/incidents/", "").replaceAll("[?#].*", "");
		signOutByKeyboard();

		signInByKeyboard("security@ega.go.tz", demoPassword());
		open("/incidents/" + incident + "?lang=" + language);
		choose(By.id("t-severity"), "CRITICAL");
		choose(By.id("t-assignee"), firstValue(By.id("t-assignee")));
		activate(By.cssSelector("form[action$='/triage'] button"));
		assertThat(text()).contains(say(language, "incident.triaged"));
		choose(By.id("kind"), "IPV4");
		type(By.id("value"), "185.220.101[.]47");
		activate(By.cssSelector("form[action$='/indicators'] button"));
		assertThat(text()).contains(say(language, "incident.indicator.added"), "185.220.101.47");
		choose(By.id("to"), "CONTAINED");
		activate(By.cssSelector("form[action$='/transition'] button"));
		choose(By.id("to"), "CLOSED");
		type(By.id("rootCause"), "Remote desktop open to the internet with a weak password");
		type(By.id("lessonsLearned"), "Close remote desktop; two-step sign-in for administrators");
		activate(By.cssSelector("form[action$='/transition'] button"));
		assertThat(text()).contains(say(language, "incident.moved"), "Remote desktop open to the internet");
		screenshot("incident-closed-" + language);
		assertThat(jdbc.sql("select status from incident where id = cast(:i as uuid)").param("i", incident).query(String.class).single())
			.isEqualTo("CLOSED");
		signOutByKeyboard();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sw", "en" })
	void anOfficerIsNominatedAttendsAndGetsACertificateThatAStrangerVerifiesByItsQrCodeAndTheFollowUpIsAnswered(String language)
			throws Exception {
		UUID session = newSession(language);
		String name = "Neema " + UUID.randomUUID().toString().substring(0, 6);
		signInByKeyboard(officer(language), demoPassword());
		open("/training/sessions/" + session + "?lang=" + language);
		type(By.id("fullName"), name);
		type(By.id("email"), name.replace(' ', '.').toLowerCase(Locale.ROOT) + "@example.go.tz");
		type(By.id("position"), "ICT officer");
		activate(By.cssSelector("form[action$='/nominations'] button"));
		assertThat(text()).contains(say(language, "training.nominated"));
		signOutByKeyboard();

		signInByKeyboard("training@ega.go.tz", demoPassword());
		open("/training/sessions/" + session + "?lang=" + language);
		choose(By.cssSelector("form[action$='/decision'] select[name=decision]"), "APPROVED");
		activate(By.cssSelector("form[action$='/decision'] button"));
		assertThat(text()).contains(say(language, "training.decided"));
		choose(By.id("to"), "RUNNING");
		activate(By.cssSelector("form[action$='/status'] button"));
		assertThat(text()).contains(say(language, "training.session.moved"));
		choose(By.cssSelector("select[form=attendance]"), "PRESENT");
		activate(By.cssSelector("#attendance button"));
		assertThat(text()).contains(say(language, "training.attendance.saved"));
		choose(By.id("to"), "COMPLETED");
		activate(By.cssSelector("form[action$='/status'] button"));
		activate(By.cssSelector("form[action$='/certificates'] button"));
		assertThat(text()).contains(say(language, "training.certificates.count", 1));
		UUID participant = jdbc.sql("select id from training_participant where session_id = :s").param("s", session)
			.query(UUID.class).single();
		signOutByKeyboard();

		// the certificate's QR code, read from the PDF as a phone would, opens the public check for anyone
		byte[] pdf = mvc.perform(get("/training/participants/" + participant + "/certificate.pdf?lang=" + language)
			.with(TestLogins.as(context, officer(language)))).andReturn().getResponse().getContentAsByteArray();
		String link;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
			link = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)))).getText();
		}
		browser.manage().deleteAllCookies();
		browser.get(link.replaceFirst("^https?://[^/]+", "http://localhost:" + port) + "?lang=" + language);
		assertThat(text()).contains(say(language, "training.verify.valid"), name);

		// three months later the institution is asked whether it applies what was taught
		waitFor(() -> jdbc.sql("select count(*) from training_follow_up where session_id = :s").param("s", session)
			.query(Long.class).single() > 0);
		UUID followUp = jdbc.sql("select id from training_follow_up where session_id = :s order by months limit 1").param("s", session)
			.query(UUID.class).single();
		jdbc.sql("update training_follow_up set due_on = current_date where id = :f").param("f", followUp).update();
		signInByKeyboard(officer(language), demoPassword());
		open("/training/follow-ups/" + followUp + "?lang=" + language);
		tabTo(By.cssSelector("main form input[type=checkbox]")).sendKeys(Keys.SPACE);
		choose(By.cssSelector("main form select[id^='challenge-']"), "SOLVED");
		type(By.id("supportNeeded"), "A refresher on incident reporting");
		activate(By.cssSelector("main form button[type=submit]"));
		assertThat(text()).contains(say(language, "training.follow-up.thanks"));
		assertThat(jdbc.sql("select answered_at is not null from training_follow_up where id = :f").param("f", followUp)
			.query(Boolean.class).single()).isTrue();
		signOutByKeyboard();
	}

	private String say(String language, String code, Object... arguments) {
		return context.getBean(MessageSource.class).getMessage(code, arguments, Locale.forLanguageTag(language));
	}

	private void waitFor(java.util.function.BooleanSupplier condition) {
		// htmx may replace the element between finding and reading it: ask again
		new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> condition.getAsBoolean());
	}

	/** A head of the run's institution with a password of its own (the demo has one for Dodoma only). */
	private String head(String language) {
		if ("en".equals(language)) {
			return createHead("head-" + UUID.randomUUID().toString().substring(0, 8) + "@dodomacc.go.tz", "DODOMA-CC");
		}
		return createHead("head-" + UUID.randomUUID().toString().substring(0, 8) + "@mof.go.tz", "MOF");
	}

	private String createHead(String email, String acronym) {
		TestLogins.createUser(context, email, Role.INSTITUTION_HEAD, acronym, PASSWORD);
		return email;
	}

	/** A campaign of its own for the institution, launched, and the institution's assessment in it. */
	private UUID openAssessment(String acronym) {
		SecurityContextHolder.getContext().setAuthentication(TestLogins.authenticationOf(context, "compliance@ega.go.tz"));
		UUID campaign;
		try {
			org.mizani.assessment.CampaignManagement campaigns = context.getBean(org.mizani.assessment.CampaignManagement.class);
			campaign = campaigns.create(new org.mizani.assessment.CampaignForm("Keyboard campaign " + UUID.randomUUID().toString()
				.substring(0, 6), baselineVersion(), Set.of(), List.of(), List.of(), null, List.of(acronym), LocalDate.now(),
					LocalDate.now().plusDays(30), null, null, org.mizani.assessment.LateRule.ALLOWED_FLAGGED)).id().value();
			campaigns.launch(new org.mizani.assessment.CampaignId(campaign));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		waitFor(() -> "OPEN".equals(jdbc.sql("select status from assessment_campaign where id = :c").param("c", campaign)
			.query(String.class).single()));
		return jdbc.sql("select id from assessment where campaign_id = :c").param("c", campaign).query(UUID.class).single();
	}

	/** A programme and a one-day session open for nominations, set up by the coordinator through the API. */
	private UUID newSession(String language) throws Exception {
		String coordinator = "training@ega.go.tz";
		int year = LocalDate.now().getMonthValue() >= 7 ? LocalDate.now().getYear() : LocalDate.now().getYear() - 1;
		String programme = json(mvc.perform(api(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/training/programmes"), coordinator).content("""
					{"titleSw": "Usimamizi wa usalama %1$s", "titleEn": "Security management %1$s", "fiscalYear": %2$d,
					 "targetInstitutions": 50, "phases": 1}""".formatted(UUID.randomUUID().toString().substring(0, 6), year))))
			.get("id").asString();
		LocalDate day = LocalDate.of(year, 10, 5);
		String session = json(mvc.perform(api(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/training/sessions"), coordinator).content("""
					{"programmeId": "%s", "phase": 1, "title": "Phase 1 — %s", "startsOn": "%s", "endsOn": "%s", "venue": "Dodoma",
					 "region": "Dodoma", "capacity": 10, "quotaPerInstitution": 2, "modules": ["SECURITY", "INCIDENTS"]}"""
				.formatted(programme, language, day, day)))).get("id").asString();
		mvc.perform(api(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/training/sessions/" + session + "/status"), coordinator).content("{\"to\": \"OPEN\"}"));
		return UUID.fromString(session);
	}
}
