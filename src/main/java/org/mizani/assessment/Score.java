package org.mizani.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Overall and per-area scores (0–100) and maturity averages (0–5); {@code null} where nothing counts. */
public record Score(@Nullable BigDecimal overall, @Nullable BigDecimal maturity, List<AreaScore> areas) {

	public record AreaScore(String code, @Nullable BigDecimal score, @Nullable BigDecimal maturity) {
	}
}
