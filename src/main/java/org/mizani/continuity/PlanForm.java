package org.mizani.continuity;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A disaster-recovery plan as the institution writes it. Targets left empty default to the register's;
 * the next review defaults to a year after the last one.
 */
public record PlanForm(@NotBlank @Size(max = 200) String owner, @NotNull Strategy strategy,
		@Nullable @Size(max = 10000) String strategyNotes, @Nullable @Min(0) @Max(525600) Integer rtoMinutes,
		@Nullable @Min(0) @Max(525600) Integer rpoMinutes, @NotNull LocalDate lastReviewed, @Nullable LocalDate nextReviewDue) {
}
