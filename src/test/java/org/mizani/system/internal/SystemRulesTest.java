package org.mizani.system.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.mizani.platform.FieldProblem;
import org.mizani.system.Criticality;
import org.mizani.system.DataClassification;
import org.mizani.system.Hosting;
import org.mizani.system.SystemForm;
import org.mizani.system.SystemStatus;

class SystemRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private static SystemForm form(SystemStatus status, LocalDate goLive, String url) {
		return new SystemForm("Revenue", "Collects revenue", null, "Head of Finance", Criticality.CRITICAL,
				Hosting.GOVERNMENT_DATA_CENTRE, DataClassification.CONFIDENTIAL, true, null, url, null, null, goLive, status, 60, 5);
	}

	@Test
	void aLiveSystemWentLiveOnAPastDate() {
		assertThat(SystemRules.check(form(SystemStatus.LIVE, TODAY.minusYears(2), null), TODAY)).isEmpty();
		assertThat(SystemRules.check(form(SystemStatus.LIVE, null, null), TODAY)).extracting(FieldProblem::code)
			.containsExactly("system.go-live.required");
		assertThat(SystemRules.check(form(SystemStatus.RETIRED, TODAY.plusDays(1), null), TODAY)).extracting(FieldProblem::code)
			.containsExactly("system.go-live.future");
	}

	@Test
	void aPlannedSystemMayGoLiveInTheFuture() {
		assertThat(SystemRules.check(form(SystemStatus.PLANNED, TODAY.plusMonths(6), null), TODAY)).isEmpty();
		assertThat(SystemRules.check(form(SystemStatus.IN_DEVELOPMENT, null, null), TODAY)).isEmpty();
	}

	@Test
	void thePublicAddressIsAWebAddress() {
		assertThat(SystemRules.check(form(SystemStatus.PLANNED, null, "https://ajira.go.tz/portal"), TODAY)).isEmpty();
		for (String bad : new String[] { "javascript:alert(1)", "ajira.go.tz", "ftp://files.go.tz", "https://", "http:// x" }) {
			assertThat(SystemRules.check(form(SystemStatus.PLANNED, null, bad), TODAY)).as(bad).extracting(FieldProblem::code)
				.containsExactly("system.url.invalid");
		}
	}
}
