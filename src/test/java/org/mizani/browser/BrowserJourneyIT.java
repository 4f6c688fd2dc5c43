package org.mizani.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.junit.jupiter.api.TestInstance;
import org.mizani.MizaniIntegrationTest;
import org.mizani.identity.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mizani.identity.internal.TestLogins.createUser;
import static org.mizani.identity.internal.TestLogins.demoPassword;
import static org.mizani.identity.internal.TestLogins.nextTotpCode;
import static org.mizani.identity.internal.TestLogins.passwordLink;
import static org.mizani.identity.internal.TestLogins.totpCode;

/** The journeys that matter, in a real browser, with screenshots of the main pages. */
@MizaniIntegrationTest
@Tag("browser")
class BrowserJourneyIT extends BrowserTestSupport {

	@Test
	void anOfficerSetsUpTwoStepVerificationAndSignsInWithItByKeyboardInBothLanguages() throws Exception {
		String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@dodomacc.go.tz";
		createUser(context, email, Role.ICT_OFFICER, "DODOMA-CC", "safari ndefu ya basi");
		// every page of the journey is scanned with axe-core (when .ci/run has fetched it)
		scanEveryPage();
		signInByKeyboard(email, "safari ndefu ya basi");
		assertThat(text()).contains("Welcome, Test User");
		screenshot("home-en");

		activate(By.linkText("Turn on two-step verification"));
		String secret = browser.findElement(By.id("secret")).getText();
		screenshot("mfa-enrol");
		type(By.id("code"), totpCode(context, secret), Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.findElements(By.cssSelector("#recovery-codes code")).size() == 10);
		activate(By.linkText("I have saved them"));
		signOutByKeyboard();
		assertThat(text()).contains("You have signed out.");

		// in Kiswahili (the officer's language from now on), with the second factor, by keyboard alone
		jdbc.sql("update app_user set preferred_language = 'sw' where email = :e").param("e", email).update();
		open("/login?lang=sw");
		type(By.id("username"), email, Keys.TAB);
		browser.switchTo().activeElement().sendKeys("safari ndefu ya basi", Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/login/mfa"));
		assertThat(text()).contains(context.getBean(org.springframework.context.MessageSource.class)
			.getMessage("mfa.verify.intro", null, java.util.Locale.forLanguageTag("sw")));
		screenshot("mfa-verify");
		type(By.id("code"), nextTotpCode(context, secret), Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login/mfa")));
		assertThat(text()).contains("Karibu, Test User");
		activate(By.linkText("English"));
		assertThat(text()).contains("Welcome, Test User").doesNotContain("Protect your account with two-step verification");
		activate(By.linkText("Kiswahili"));
		assertThat(text()).contains("Karibu, Test User");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sw");
		screenshot("home-sw");
		signOutByKeyboard();
		assertScannedPagesAccessible();
	}

	/** The e-mailed link carries its token after "#": the browser never sends it in an address, and the page removes it. */
	@Test
	void aForgottenPasswordIsSetFromTheLinkWhoseTokenNeverTravelsInAnAddress() throws Exception {
		String email = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@dodomacc.go.tz";
		UUID user = createUser(context, email, Role.ICT_OFFICER, "DODOMA-CC", "safari ndefu ya basi");
		String token = passwordLink(context, user);
		scanEveryPage();
		open("/password/reset?lang=en#" + token);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("newPassword")).isEmpty());
		assertThat(browser.getCurrentUrl()).doesNotContain(token).endsWith("/password/reset");
		assertThat(browser.getPageSource()).as("nor in the page").doesNotContain(token);
		type(By.id("newPassword"), "mvua ya masika imeanza");
		type(By.id("confirmPassword"), "mvua ya masika imeanza", Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
		assertThat(text()).contains("Your password was set.");
		signInByKeyboard(email, "mvua ya masika imeanza");
		assertThat(text()).contains("Welcome, Test User");
		signOutByKeyboard();

		open("/password/reset?lang=en#" + token);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.tagName("body")).getText()
			.contains("This link is not valid"));
		open("/password/reset?lang=en");
		assertThat(text()).as("a link that lost its token").contains("This link is not valid");
		assertScannedPagesAccessible();
	}

	@Test
	void anAdministratorRegistersAnInstitutionAndFindsItInTheList() throws Exception {
		signInByKeyboard("admin@ega.go.tz", demoPassword());
		open("/institutions?lang=en");
		screenshot("institutions");
		browser.findElement(By.linkText("Register an institution")).click();
		browser.findElement(By.id("nameSw")).sendKeys("Wakala wa Vipimo vya Kivinjari");
		browser.findElement(By.id("nameEn")).sendKeys("Browser Measurements Agency");
		browser.findElement(By.id("acronym")).sendKeys("BMA");
		browser.findElement(By.cssSelector("#type option[value='EXECUTIVE_AGENCY']")).click();
		browser.findElement(By.id("region")).sendKeys("Tabora");
		browser.findElement(By.id("email")).sendKeys("not an email", Keys.ENTER);
		assertThat(text()).contains("Please correct the following").contains("Not a valid e-mail address.");
		assertThat(browser.findElement(By.id("nameEn")).getAttribute("value")).isEqualTo("Browser Measurements Agency");
		screenshot("institution-form-errors");
		browser.findElement(By.id("email")).clear();
		browser.findElement(By.id("email")).sendKeys("info@bma.go.tz", Keys.ENTER);
		assertThat(text()).contains("The institution was registered.").contains("Browser Measurements Agency");
		screenshot("institution-detail");

		open("/institutions?lang=en&q=Browser");
		assertThat(text()).contains("BMA");
		open("/admin/audit?lang=en");
		assertThat(text()).contains("institution.registered");
		screenshot("audit-trail");
	}

	@Test
	void theMainPagesRenderInKiswahiliAndTheApiDocumentationWorksUnderTheContentSecurityPolicy() throws Exception {
		signInByKeyboard("admin@ega.go.tz", demoPassword());
		open("/admin/users?lang=sw");
		assertThat(text()).contains("Watumiaji").contains("Msimamizi wa mamlaka").contains("ict.officer@dodomacc.go.tz");
		screenshot("users-sw");
		browser.findElement(By.linkText("Emmanuel Mbwambo")).click();
		assertThat(text()).contains("Afisa TEHAMA").contains("DODOMA-CC");
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("history-h")));
		assertThat(text()).contains("Historia ya mabadiliko").contains("user.invited");
		screenshot("user-detail-sw");
		open("/account/tokens");
		assertThat(text()).contains("Tokeni za API");
		open("/institutions/import");
		assertThat(text()).contains("Ingiza taasisi");
		screenshot("import-sw");
		open("/swagger-ui.html");
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-tag")));
		assertThat(text()).contains("Mizani API").contains("/api/v1/institutions");
		screenshot("api-docs");
	}

	@Test
	void anExecutiveFollowsTheStrategicPlanDownToTheInstitutionsBehindAFigure() throws Exception {
		signInByKeyboard("executive@ega.go.tz", demoPassword());
		open("/plans?lang=sw");
		browser.findElement(By.partialLinkText("Mpango Mkakati wa Usalama wa Mtandao")).click();
		assertThat(text()).contains("Idadi ya taasisi zilizopata mafunzo").contains("Nje ya mwelekeo").contains("FY 2021/22");
		screenshot("plan-sw");
		open("/plans?lang=en");
		browser.findElement(By.partialLinkText("Government Cyber-Security Strategic Plan")).click();
		browser.findElement(By.partialLinkText("Number of institutions trained")).click();
		assertThat(browser.findElements(By.cssSelector(".plan-chart svg rect.bar-actual"))).as("the trend chart").isNotEmpty();
		screenshot("plan-target");
		browser.get(browser.findElement(By.linkText("FY 2021/22")).getAttribute("href"));
		assertThat(text()).contains("Institutions trained").contains("Behind the figure of FY 2021/22").contains("DODOMA-CC")
			.contains("Off track");
		screenshot("plan-records");
	}

	@Test
	void aComplianceOfficerImportsACatalogWithProgressAndBrowsesIt() throws Exception {
		Path file = Files.createTempFile("catalog-", ".json");
		String title = "Browser Standard " + UUID.randomUUID().toString().substring(0, 6);
		Files.writeString(file, """
				{"catalog": {"uuid": "%s", "metadata": {"title": "%s", "version": "1.0"},
				 "groups": [{"id": "net", "title": "Networks", "controls": [
				   {"id": "net-1", "title": "Segmented networks", "parts": [{"name": "statement", "prose": "Separate staff and guest networks."}]},
				   {"id": "net-2", "title": "Firewall rules reviewed", "parts": [{"name": "statement", "prose": "Review firewall rules every quarter."}]}]}]}}
				""".formatted(UUID.randomUUID(), title));
		try {
			signInByKeyboard("compliance@ega.go.tz", demoPassword());
			open("/catalogs/import?lang=en");
			browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			browser.findElement(By.cssSelector("#import-form button[type='submit']")).click();
			new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));
			assertThat(text()).contains("Imported \"" + title + "\", version 1.0.").contains("1 groups, 2 requirements (0 withdrawn).");
			screenshot("catalog-import");
			browser.findElement(By.linkText("Open the catalogue")).click();
			assertThat(text()).contains("Segmented networks").contains("Firewall rules reviewed");
			browser.findElement(By.id("q")).sendKeys("firewall", Keys.ENTER);
			new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !d.findElement(By.id("content")).getText().contains("Segmented"));
			assertThat(browser.findElement(By.id("content")).getText()).contains("net-2");
			open("/catalogs?lang=sw");
			assertThat(text()).contains("Katalogi za viwango").contains("Viwango na Miongozo ya Serikali Mtandao");
			screenshot("catalogs-sw");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void theAssessmentPagesOfEachSideRenderInBothLanguages() throws Exception {
		UUID openCampaign = jdbc.sql("select id from assessment_campaign where name = 'Compliance assessment 2022/23'")
			.query(UUID.class).single();
		UUID mof = jdbc.sql("select a.id from assessment a join institution i on i.id = a.institution_id where i.acronym = 'MOF' and a.campaign_id = :c")
			.param("c", openCampaign).query(UUID.class).single();
		UUID dodomaBaseline = jdbc.sql("""
				select a.id from assessment a join institution i on i.id = a.institution_id
				join assessment_campaign c on c.id = a.campaign_id where i.acronym = 'DODOMA-CC' and c.name = 'Baseline assessment 2021/22'""")
			.query(UUID.class).single();
		UUID action = jdbc.sql("select id from remediation_action where assessment_id = :a limit 1").param("a", dodomaBaseline)
			.query(UUID.class).single();
		try {
			browser.manage().deleteAllCookies();
			signInByKeyboard("compliance@ega.go.tz", demoPassword());
			open("/campaigns?lang=en");
			assertThat(text()).contains("Assessment campaigns").contains("Compliance assessment 2022/23").contains("overdue");
			screenshot("campaigns");
			open("/campaigns/" + openCampaign + "?lang=en");
			assertThat(text()).contains("Institutions in the campaign").contains("DODOMA-CC");
			screenshot("campaign-overview");
			open("/assessments/" + mof + "?lang=en");
			assertThat(text()).contains("Review decision on the assessment");
			screenshot("assessment-review");
			open("/assessments/" + dodomaBaseline + "/scores?lang=sw");
			assertThat(text()).contains("Alama kwa eneo la viwango").contains("Mwenendo katika kampeni");
			screenshot("assessment-scores-sw");
			browser.manage().deleteAllCookies();
			signInByKeyboard("ict.officer@dodomacc.go.tz", demoPassword());
			open("/assessments?lang=sw");
			assertThat(text()).contains("Tathmini zetu").contains("Baseline assessment 2021/22");
			screenshot("assessments-mine-sw");
			open("/actions/" + action + "?lang=en");
			assertThat(text()).contains("Remediation actions").contains("Due date");
			screenshot("action");
		}
		finally {
			browser.manage().deleteAllCookies();
		}
	}

	@Test
	void aProjectReviewerSeesThePortfolioAndWhatChangedInAResubmission() throws Exception {
		UUID nida = jdbc.sql("select p.id from project p join institution i on i.id = p.institution_id where i.acronym = 'NIDA'")
			.query(UUID.class).single();
		try {
			browser.manage().deleteAllCookies();
			signInByKeyboard("projects@ega.go.tz", demoPassword());
			open("/projects?lang=en");
			assertThat(text()).contains("ICT projects").contains("total budget (TZS)").contains("Biometric verification service");
			screenshot("projects");
			open("/projects/" + nida + "?lang=en");
			assertThat(text()).contains("Changes from submission 1 to submission 2").contains("Review overdue")
				.contains("Standards conformity questionnaire");
			screenshot("project-review");
			open("/projects?lang=sw");
			assertThat(text()).contains("Miradi ya TEHAMA");
		}
		finally {
			browser.manage().deleteAllCookies();
		}
	}
}
