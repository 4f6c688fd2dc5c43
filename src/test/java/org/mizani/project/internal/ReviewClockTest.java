package org.mizani.project.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewClockTest {

	private final ReviewClock clock = new ReviewClock(5, Set.of(MonthDay.of(12, 9), MonthDay.of(12, 25), MonthDay.of(12, 26)),
			Set.of(LocalDate.of(2026, 12, 1)));

	@Test
	void countsOnlyWorkingDaysAfterTheDayOfSubmission() {
		// given: submitted on Friday 2026-11-20
		// when / then: Mon 23, Tue 24, Wed 25, Thu 26, Fri 27 → due Friday 27
		assertThat(clock.due(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 27));
	}

	@Test
	void skipsPublicHolidaysOfEveryYearAndOfOneDate() {
		// submitted Friday 2026-11-27: Mon 30, (Tue 1 Dec holiday), Wed 2, Thu 3, Fri 4, Mon 7 → due 7 December
		assertThat(clock.due(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 12, 7));
		// submitted Monday 2027-12-06: Tue 7, Wed 8, (Thu 9 Independence Day), Fri 10, Mon 13, Tue 14
		assertThat(clock.due(LocalDate.of(2027, 12, 6))).isEqualTo(LocalDate.of(2027, 12, 14));
	}

	@Test
	void aSubmissionOnAWeekendStartsCountingOnMonday() {
		assertThat(clock.due(LocalDate.of(2026, 11, 21))).isEqualTo(LocalDate.of(2026, 11, 27));
	}

	@Test
	void measuresReviewTimeInWorkingDays() {
		assertThat(clock.workingDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27))).isEqualTo(5);
		assertThat(clock.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28))).isEqualTo(1);
	}
}
