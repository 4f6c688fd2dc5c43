package org.mizani.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizani.identity.internal.TestLogins.demoPassword;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mizani.MizaniIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Incident reporting and handling, the systems register and continuity, in a real browser. */
@MizaniIntegrationTest
@Tag("browser")
class SecurityJourneyIT extends BrowserTestSupport {

	/** Clicks an element after scrolling it to the middle of the window at once (Bootstrap makes scrolling smooth). */
	private void press(By by) {
		org.openqa.selenium.WebElement element = browser.findElement(by);
		org.openqa.selenium.WebElement page = browser.findElement(By.tagName("html"));
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		boolean navigates = !"summary".equals(element.getTagName());
		element.click();
		if (navigates) {
			new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
				.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
		}
	}

	private void signOut() {
		press(By.cssSelector("form[action='/logout'] button"));
	}

	@Test
	void anIncidentIsReportedByTheInstitutionHandledByAnAnalystAndClosedWithItsLessons() throws Exception {
		String title = "Ransom note on the billing server " + UUID.randomUUID().toString().substring(0, 6);
		signInByKeyboard("ict.officer@dodomacc.go.tz", demoPassword());
		open("/incidents/new?lang=en");
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("description")).sendKeys("Files encrypted; a ransom note on the desktop.");
		new Select(browser.findElement(By.id("category"))).selectByVisibleText("Malicious code — ransomware");
		new Select(browser.findElement(By.id("severity"))).selectByVisibleText("High");
		new Select(browser.findElement(By.id("systems"))).selectByVisibleText("Local Government Revenue Collection System");
		screenshot("incident-report");
		press(By.cssSelector("main form button[type=submit]"));
		assertThat(text()).contains("The incident was reported.", title, "Early warning", "Local Government Revenue Collection System");

		browser.findElement(By.id("report-EARLY_WARNING")).sendKeys("Billing server isolated from the network.");
		press(By.cssSelector("form[action$='/stages/EARLY_WARNING/submit'] button"));
		assertThat(text()).contains("The report was sent.", "Sent on time");
		String incident = browser.getCurrentUrl().replaceAll(".*/incidents/", "").replaceAll("[?#].*", "");
		signOut();

		signInByKeyboard("security@ega.go.tz", demoPassword());
		open("/incidents?lang=en&flag=UNASSIGNED");
		assertThat(text()).contains(title);
		open("/incidents/" + incident);
		new Select(browser.findElement(By.id("t-severity"))).selectByVisibleText("Critical");
		new Select(browser.findElement(By.id("t-assignee"))).selectByVisibleText("Juma Lyimo");
		press(By.cssSelector("form[action$='/triage'] button"));
		assertThat(text()).contains("The incident was triaged.", "Triaged", "Juma Lyimo");

		new Select(browser.findElement(By.id("kind"))).selectByVisibleText("IPv4 address");
		browser.findElement(By.id("value")).sendKeys("185.220.101[.]47");
		press(By.cssSelector("form[action$='/indicators'] button"));
		assertThat(text()).contains("The indicator was added.", "185.220.101.47");
		assertThat(browser.findElements(By.cssSelector("a[href^='/incidents/']")).stream().map(e -> e.getText()))
			.as("the same address was seen at RITA and Dodoma in the demo").anyMatch(t -> t.contains("(RITA)"));

		new Select(browser.findElement(By.id("to"))).selectByVisibleText("Contained");
		press(By.cssSelector("form[action$='/transition'] button"));
		new Select(browser.findElement(By.id("to"))).selectByVisibleText("Closed");
		press(By.cssSelector("form[action$='/transition'] button"));
		assertThat(text()).contains("Closing needs the root cause.");
		new Select(browser.findElement(By.id("to"))).selectByVisibleText("Closed");
		browser.findElement(By.id("rootCause")).sendKeys("Remote desktop open to the internet with a weak password");
		browser.findElement(By.id("lessonsLearned")).sendKeys("Close remote desktop; enforce two-step sign-in for administrators");
		press(By.cssSelector("form[action$='/transition'] button"));
		assertThat(text()).contains("The incident was moved.", "Closed", "Remote desktop open to the internet");
		screenshot("incident-closed");

		open("/incidents/metrics?lang=en");
		assertThat(text()).contains("Mean hours to acknowledge", "Reports on time");
		screenshot("incident-metrics");
		open("/systems/completeness?lang=en");
		assertThat(text()).contains("Critical without DR plan", "NIDA");
		screenshot("systems-completeness");
		open("/continuity?lang=sw");
		assertThat(text()).contains("Mifumo muhimu sana isiyo na mpango wa uokoaji", "Majaribio yaliyoshindwa kufikia malengo");
		screenshot("continuity-sw");
		signOut();
	}

	@Test
	void anIctOfficerRegistersASystemRecordsItsRecoveryPlanAndAFailedDrill() throws Exception {
		String name = "Parking fees " + UUID.randomUUID().toString().substring(0, 6);
		signInByKeyboard("ict.officer@dodomacc.go.tz", demoPassword());
		open("/systems/new?lang=en");
		browser.findElement(By.id("name")).sendKeys(name);
		browser.findElement(By.id("purpose")).sendKeys("Collects parking fees in the city centre");
		browser.findElement(By.id("businessOwner")).sendKeys("Head of Revenue");
		new Select(browser.findElement(By.id("criticality"))).selectByVisibleText("Critical");
		browser.findElement(By.id("goLiveDate")).sendKeys("01022024");
		browser.findElement(By.id("rtoMinutes")).sendKeys("120");
		browser.findElement(By.id("rpoMinutes")).sendKeys("30");
		press(By.cssSelector("main form button[type=submit]"));
		assertThat(text()).contains("The system was registered.", name, "Head of Revenue");
		screenshot("system-detail");

		press(By.linkText("Recovery plan and drills"));
		assertThat(text()).contains("This is a critical system: it must have a disaster-recovery plan.");
		browser.findElement(By.id("owner")).sendKeys("Head of ICT");
		new Select(browser.findElement(By.id("strategy"))).selectByVisibleText("Restore from backup");
		press(By.cssSelector("form[action$='/plan'] button"));
		assertThat(text()).contains("The plan was saved.", "120 min to recover, 30 min of data at most");

		press(By.cssSelector("#record-drill summary"));
		browser.findElement(By.id("participants")).sendKeys("ICT unit and the vendor");
		browser.findElement(By.id("achievedRtoMinutes")).sendKeys("200");
		browser.findElement(By.id("achievedRpoMinutes")).sendKeys("10");
		press(By.cssSelector("form[action$='/drills'] button"));
		assertThat(text()).contains("The drill was recorded.", "Missed targets", "Recovered in 200 of 120 min");
		screenshot("continuity-system");
		signOut();
	}
}
