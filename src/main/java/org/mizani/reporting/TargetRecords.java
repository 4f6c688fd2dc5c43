package org.mizani.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Measure;

/**
 * What lies behind a target's figure for one fiscal year: for a computed indicator the measure's records
 * (at most {@code limit}, {@code truncated} when there were more); for one entered by hand the value, its
 * evidence, who entered it and when.
 */
public record TargetRecords(PlanProgressView.Target target, PlanProgressView.Year year, List<Measure.Entry> entries,
		boolean truncated, @Nullable BigDecimal enteredValue, @Nullable String evidence, @Nullable String enteredBy,
		@Nullable Instant enteredAt) {
}
