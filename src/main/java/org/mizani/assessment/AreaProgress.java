package org.mizani.assessment;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

/** A standard area (top-level group) of an assessment: how much is answered, and its score. */
public record AreaProgress(String code, @Nullable String titleSw, String titleEn, int answered, int total,
		@Nullable BigDecimal score, @Nullable BigDecimal maturity) {

	public String title(Language language) {
		return language.pick(titleSw, titleEn);
	}

	public int completion() {
		return total == 0 ? 0 : (int) (100L * answered / total);
	}
}
