package org.mizani.project.internal;

import java.time.LocalDate;

/**
 * How often approved projects report on their implementation (`mizani.project.report-period`):
 * quarterly by default ({@code 2026-Q3}), or monthly ({@code 2026-08}).
 */
enum ReportingPeriod {

	QUARTER, MONTH;

	/** The period a date falls in. */
	String of(LocalDate date) {
		return this == QUARTER ? date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1)
				: "%d-%02d".formatted(date.getYear(), date.getMonthValue());
	}

	/** The last day of the period before the one the date falls in. */
	LocalDate endOfPrevious(LocalDate date) {
		LocalDate firstOfMonth = date.withDayOfMonth(1);
		return this == QUARTER ? firstOfMonth.withMonth(((date.getMonthValue() - 1) / 3) * 3 + 1).minusDays(1)
				: firstOfMonth.minusDays(1);
	}

	boolean accepts(String period) {
		return period != null && period.matches(this == QUARTER ? "\\d{4}-Q[1-4]" : "\\d{4}-(0[1-9]|1[0-2])");
	}

	String example() {
		return this == QUARTER ? "2026-Q3" : "2026-08";
	}
}
