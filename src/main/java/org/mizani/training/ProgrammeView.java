package org.mizani.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

public record ProgrammeView(UUID id, String titleSw, String titleEn, int fiscalYear, int targetInstitutions, int phases,
		@Nullable String coOrganisers, @Nullable BigDecimal budgetTzs, List<ModuleView> modules, @Nullable Integer certificatePassMark,
		long version) {

	public String title(Language language) {
		return language.pick(titleSw, titleEn);
	}

	/** "2021/22". */
	public String fiscalYearLabel() {
		return fiscalYear + "/" + String.format("%02d", (fiscalYear + 1) % 100);
	}
}
