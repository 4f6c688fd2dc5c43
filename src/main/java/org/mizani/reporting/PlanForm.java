package org.mizani.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A plan's heading: its kind, title in both languages, period (fiscal years, first and last, at most
 * ten) and the thresholds of its traffic lights: a target is on track at {@code onTrackPercent} of
 * what was expected or more, at risk from {@code atRiskPercent}, off track below.
 */
public record PlanForm(@NotNull PlanKind kind, @NotBlank @Size(max = 300) @Pattern(regexp = "[^\\p{Cntrl}]*") String titleSw,
		@NotBlank @Size(max = 300) @Pattern(regexp = "[^\\p{Cntrl}]*") String titleEn, @NotNull @Min(2000) @Max(2100) Integer firstYear,
		@NotNull @Min(2000) @Max(2100) Integer lastYear, @NotNull @Min(1) @Max(100) Integer onTrackPercent,
		@NotNull @Min(1) @Max(100) Integer atRiskPercent) {
}
