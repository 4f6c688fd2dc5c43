package org.mizani.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mizani.identity.internal.TestLogins.demoPassword;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mizani.MizaniIntegrationTest;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every main page, in Kiswahili and in English, scanned with axe-core in the real browser: no serious or
 * critical violation (WCAG 2.1 A and AA rules). axe-core comes from the npm registry, as {@code .ci/run}
 * fetches it into {@code target/axe/axe.min.js} ({@code npm pack axe-core@4.14.1}); without it the scans
 * are skipped, saying so.
 */
@MizaniIntegrationTest
@Tag("browser")
class AccessibilityIT extends BrowserTestSupport {

	@BeforeAll
	void loadAxe() throws Exception {
		assumeTrue(axePresent(), "Accessibility scans need axe-core at " + AXE
				+ " (npm pack axe-core@4.14.1 and extract package/axe.min.js there); .ci/run fetches it");
	}

	private List<String> violations(String page) {
		List<String> found = axeViolations(page);
		assertThat(found).as("axe checked " + page).noneMatch(v -> v.endsWith("axe checked nothing"));
		return found;
	}

	private void scan(List<String> pages, List<String> found) {
		for (String page : pages) {
			for (String lang : List.of("sw", "en")) {
				open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
				found.addAll(violations(page + " [" + lang + "]"));
			}
		}
	}

	@Test
	void theMainPagesHaveNoSeriousOrCriticalAccessibilityViolationInEitherLanguage() {
		// the scan finds what it should: an image without a text alternative, put on the sign-in page for a moment
		open("/login?lang=en");
		((JavascriptExecutor) browser).executeScript("const i = document.createElement('img'); i.src = '/img/mizani.svg';"
				+ " document.querySelector('main').appendChild(i);");
		assertThat(violations("/login with an image without alt")).anyMatch(v -> v.contains("image-alt"));

		List<String> found = new ArrayList<>();
		scan(List.of("/login", "/verify"), found);

		UUID plan = jdbc.sql("select id from strategic_plan where kind = 'CYBER_SECURITY'").query(UUID.class).single();
		UUID target = jdbc.sql("select t.id from plan_target t join plan_objective o on o.id = t.objective_id where o.plan_id = :p"
				+ " and t.code = '1.1'").param("p", plan).query(UUID.class).single();
		UUID institution = institutionId("DODOMA-CC");
		signInByKeyboard("executive@ega.go.tz", demoPassword());
		scan(List.of("/", "/dashboard", "/plans", "/plans/" + plan, "/plans/targets/" + target + "?year=2021", "/institutions",
				"/institutions/" + institution + "/profile", "/incidents", "/training", "/systems", "/continuity", "/projects",
				"/actions", "/catalogs"), found);
		browser.manage().deleteAllCookies();

		signInByKeyboard("ict.officer@dodomacc.go.tz", demoPassword());
		scan(List.of("/", "/assessments", "/incidents/new", "/systems", "/training", "/account", "/account/tokens"), found);
		browser.manage().deleteAllCookies();

		signInByKeyboard("admin@ega.go.tz", demoPassword());
		scan(List.of("/admin/users", "/admin/audit", "/plans", "/institutions/import"), found);
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(480, 900));
		scan(List.of("/admin/audit", "/incidents", "/plans/" + plan), found);
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		browser.manage().deleteAllCookies();

		assertThat(found).as("serious or critical accessibility violations").isEmpty();
	}
}
