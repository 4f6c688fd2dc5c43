package org.mizani.project.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingPeriodTest {

	@Test
	void quartersAndMonthsNameTheirPeriodAndTheOneBefore() {
		LocalDate day = LocalDate.of(2026, 11, 28);
		assertThat(ReportingPeriod.QUARTER.of(day)).isEqualTo("2026-Q4");
		assertThat(ReportingPeriod.QUARTER.endOfPrevious(day)).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(ReportingPeriod.QUARTER.endOfPrevious(LocalDate.of(2026, 2, 3))).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(ReportingPeriod.MONTH.of(day)).isEqualTo("2026-11");
		assertThat(ReportingPeriod.MONTH.endOfPrevious(LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2026, 2, 28));
	}

	@Test
	void acceptsOnlyItsOwnKindOfPeriod() {
		assertThat(ReportingPeriod.QUARTER.accepts("2026-Q3")).isTrue();
		assertThat(ReportingPeriod.QUARTER.accepts("2026-08")).isFalse();
		assertThat(ReportingPeriod.MONTH.accepts("2026-08")).isTrue();
		assertThat(ReportingPeriod.MONTH.accepts("2026-13")).isFalse();
	}
}
