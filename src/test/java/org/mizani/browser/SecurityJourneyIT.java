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
	void theSecurityOverviewsRenderForTheAnalystAndInKiswahili() throws Exception {
		signInByKeyboard("security@ega.go.tz", demoPassword());
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
