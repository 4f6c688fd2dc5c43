package org.mizani.reporting;

import java.time.LocalDate;

/** Fiscal years run July to June and are named by the year they start: 2021 is FY 2021/22. */
public final class FiscalYears {

	private FiscalYears() {
	}

	/** {@code FY 2021/22}. */
	public static String label(int year) {
		return "FY " + year + "/" + String.format("%02d", (year + 1) % 100);
	}

	public static int of(LocalDate date) {
		return date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1;
	}

	public static LocalDate start(int year) {
		return LocalDate.of(year, 7, 1);
	}

	/** The first day after quarter {@code quarter} (1–4) of the fiscal year. */
	public static LocalDate quarterEnd(int year, int quarter) {
		return start(year).plusMonths(3L * quarter);
	}
}
