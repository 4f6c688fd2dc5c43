package org.mizani.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An implementation report for one period: a quarter ({@code 2026-Q3}) or, where so configured, a month ({@code 2026-08}). */
public record ReportForm(@NotNull @Pattern(regexp = "\\d{4}-(Q[1-4]|0[1-9]|1[0-2])") String period, @NotNull @Min(0) @Max(100) Integer percentComplete,
		@NotNull Rag rag, @Nullable @Size(max = 5000) String ragReason, @NotNull @DecimalMin("0") BigDecimal spendTzs,
		@Nullable @Size(max = 10000) String risks, @Nullable @Size(max = 50) List<@Valid Milestone> milestones) {

	public record Milestone(@NotBlank @Size(max = 200) String name, @NotNull LocalDate planned, @Nullable LocalDate actual) {
	}
}
