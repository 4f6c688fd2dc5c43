package org.mizani.reporting;

import java.util.UUID;

import org.mizani.platform.Language;

public record PlanSummary(UUID id, PlanKind kind, String titleSw, String titleEn, int firstYear, int lastYear, int objectives,
		int targets) {

	public String title(Language language) {
		return language.pick(titleSw, titleEn);
	}

	/** {@code FY 2021/22 – 2025/26}. */
	public String period() {
		return FiscalYears.label(firstYear) + " – " + FiscalYears.label(lastYear).substring(3);
	}
}
