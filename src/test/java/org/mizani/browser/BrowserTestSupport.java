package org.mizani.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.mizani.IntegrationTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * A real browser (Debian's headless Chromium) against the running application, for journey tests.
 * Skips, saying why, where Chromium and its driver are not installed; CI installs them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport extends IntegrationTestSupport {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path DRIVER = Path.of("/usr/bin/chromedriver");
	static final Path SCREENSHOTS = Path.of("target/screenshots");

	@LocalServerPort
	int port;

	protected WebDriver browser;
	private Path profile;

	@BeforeAll
	void startBrowser() throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
				"Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver); .ci/run installs them");
		profile = Files.createTempDirectory("mizani-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

	static final Path AXE = Path.of(System.getProperty("mizani.test.axe", "target/axe/axe.min.js"));

	private String axe;

	/** Where the violations of every page a journey opens are collected (null: pages are not scanned). */
	private java.util.List<String> accessibility;

	/** From now on every page the journey opens is scanned with axe-core, when {@code .ci/run} has fetched it. */
	protected void scanEveryPage() throws java.io.IOException {
		if (axePresent()) {
			accessibility = new java.util.ArrayList<>();
		}
		else {
			accessibility = null;
			System.out.println(getClass().getSimpleName() + ": axe-core is not at " + AXE + "; the journey runs without accessibility scans");
		}
	}

	/** Stops scanning; no page scanned since {@link #scanEveryPage()} may have a serious or critical violation. */
	protected void assertScannedPagesAccessible() {
		java.util.List<String> found = accessibility;
		accessibility = null;
		if (found != null) {
			org.assertj.core.api.Assertions.assertThat(found).as("serious or critical accessibility violations on the pages of the journey")
				.isEmpty();
		}
	}

	protected void open(String path) {
		browser.get("http://localhost:" + port + path);
		scanIfAsked();
	}

	/** axe-core, as {@code .ci/run} fetches it from the npm registry into {@code target/axe/}. */
	protected boolean axePresent() throws java.io.IOException {
		if (axe == null && Files.isRegularFile(AXE)) {
			axe = Files.readString(AXE);
		}
		return axe != null;
	}

	private void scanIfAsked() {
		if (accessibility != null) {
			accessibility.addAll(axeViolations(browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "")));
		}
	}

	/** The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page open now, one line each. */
	@SuppressWarnings("unchecked")
	protected java.util.List<String> axeViolations(String page) {
		org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
		js.executeScript(axe);
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})
				  .then(r => done({passes: r.passes.length, violations: r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}))}))
				  .catch(e => done({passes: 0, violations: [{id: 'axe-error', impact: 'critical', nodes: String(e)}]}));
				""");
		java.util.Map<String, Object> outcome = (java.util.Map<String, Object>) result;
		java.util.List<String> lines = new java.util.ArrayList<>();
		if (((Number) outcome.get("passes")).intValue() == 0) {
			lines.add(page + ": axe checked nothing");
		}
		for (java.util.Map<String, Object> v : (java.util.List<java.util.Map<String, Object>>) outcome.get("violations")) {
			lines.add(page + ": " + v.get("id") + " (" + v.get("impact") + ") " + v.get("nodes"));
		}
		return lines;
	}

	protected void screenshot(String name) throws Exception {
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	/** The page's text; a page still being replaced after a click is read again once it has loaded. */
	protected String text() {
		for (int attempt = 0;; attempt++) {
			try {
				return browser.findElement(By.tagName("body")).getText();
			}
			catch (org.openqa.selenium.StaleElementReferenceException e) {
				if (attempt == 20) {
					throw e;
				}
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw e;
				}
			}
		}
	}

	protected void signInByKeyboard(String email, String password) {
		open("/login?lang=en");
		browser.findElement(By.id("username")).sendKeys(email, Keys.TAB);
		browser.switchTo().activeElement().sendKeys(password, Keys.ENTER);
		// the next step may open another address at once: wait until the sign-in form has been answered
		new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15))
			.until(d -> !d.getCurrentUrl().replaceFirst("^https?://[^/]+", "").matches("/login(\\?lang=en)?"));
	}

	/** Presses Tab (or Shift+Tab, whichever way is shorter) until the element has the focus: it is reachable by keyboard. */
	protected org.openqa.selenium.WebElement tabTo(By target) {
		org.openqa.selenium.WebElement element = browser.findElement(target);
		org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
		for (int presses = 0; presses < 400; presses++) {
			org.openqa.selenium.WebElement focused = browser.switchTo().activeElement();
			if (focused.equals(element)) {
				return element;
			}
			boolean forward = Boolean.TRUE.equals(js.executeScript(
					"return arguments[0] === document.body || !!(arguments[0].compareDocumentPosition(arguments[1]) & Node.DOCUMENT_POSITION_FOLLOWING)",
					focused, element));
			// through the keyboard of the page, not typed into the element (a file input would take the key for a file name)
			org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser);
			(forward ? keys.sendKeys(Keys.TAB) : keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT)).perform();
		}
		throw new AssertionError(target + " cannot be reached with the Tab key");
	}

	/** Reaches a link or button by keyboard and presses Enter; waits for the page it leads to. */
	protected void activate(By target) {
		org.openqa.selenium.WebElement page = browser.findElement(By.tagName("html"));
		org.openqa.selenium.WebElement element = tabTo(target);
		boolean navigates = !"summary".equals(element.getTagName());
		element.sendKeys(Keys.ENTER);
		if (navigates) {
			new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> gone(page));
			scanIfAsked();
		}
	}

	/**
	 * Whether the page this element belongs to has been replaced. Chromium may answer a question about
	 * an element of a page being torn down with "does not belong to the document" rather than "stale".
	 */
	private static boolean gone(org.openqa.selenium.WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException replaced) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException e) {
			if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw e;
		}
	}

	/** Reaches a field by keyboard and types into it. */
	protected void type(By field, CharSequence... keys) {
		tabTo(field).sendKeys(keys);
	}

	/**
	 * Reaches a list by keyboard and moves through its options with the arrow keys until the wanted one
	 * (by value or visible text) is chosen.
	 */
	protected void choose(By list, String valueOrText) {
		org.openqa.selenium.WebElement element = tabTo(list);
		org.openqa.selenium.support.ui.Select select = new org.openqa.selenium.support.ui.Select(element);
		java.util.function.Predicate<org.openqa.selenium.WebElement> wanted = o -> valueOrText.equals(o.getAttribute("value"))
				|| o.getText().strip().equals(valueOrText);
		if (select.getOptions().stream().noneMatch(wanted)) {
			throw new AssertionError(list + " has no option " + valueOrText);
		}
		element.sendKeys(Keys.HOME);
		for (int i = 0; i <= select.getOptions().size(); i++) {
			if (select.getAllSelectedOptions().stream().anyMatch(wanted)) {
				return;
			}
			element.sendKeys(Keys.ARROW_DOWN);
		}
		throw new AssertionError(list + ": the arrow keys do not reach " + valueOrText);
	}

	/** The value of the first option of a list that is not empty (the list's own choice for a test that needs any). */
	protected String firstValue(By list) {
		return new org.openqa.selenium.support.ui.Select(browser.findElement(list)).getOptions().stream()
			.map(o -> o.getAttribute("value")).filter(v -> v != null && !v.isBlank()).findFirst().orElseThrow();
	}

	/** Reaches a group of radio buttons by keyboard and moves with the arrow keys until the wanted one is checked. */
	protected void chooseRadio(By radio) {
		org.openqa.selenium.WebElement target = browser.findElement(radio);
		String group = target.getAttribute("name");
		java.util.List<org.openqa.selenium.WebElement> members = browser.findElements(By.cssSelector("input[type=radio][name='" + group + "']"));
		// only the checked (or else the first) radio of a group is a tab stop: tab until the group has the focus
		tabTo(By.id(members.stream().filter(org.openqa.selenium.WebElement::isSelected).findFirst().orElse(members.get(0)).getAttribute("id")));
		for (int i = 0; i <= members.size() && !target.isSelected(); i++) {
			browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
		}
		if (!target.isSelected()) {
			throw new AssertionError("the arrow keys do not check " + radio);
		}
	}

	/** Reaches a button by keyboard and presses Enter where the page changes in place (htmx) rather than being replaced. */
	protected void pressInPlace(By target) {
		tabTo(target).sendKeys(Keys.ENTER);
	}

	/** Signs out with the keyboard (the header's sign-out button). */
	protected void signOutByKeyboard() {
		activate(By.cssSelector("form[action='/logout'] button"));
	}
}
