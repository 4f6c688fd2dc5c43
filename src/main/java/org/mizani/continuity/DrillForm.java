package org.mizani.continuity;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A drill as it was held: what was simulated, who took part, and the recovery time and data loss achieved. */
public record DrillForm(@NotNull LocalDate heldOn, @NotNull Scenario scenario, @NotBlank @Size(max = 5000) String participants,
		@Nullable @Size(max = 20000) String steps, @NotNull @Min(0) @Max(525600) Integer achievedRtoMinutes,
		@NotNull @Min(0) @Max(525600) Integer achievedRpoMinutes, @Nullable @Size(max = 10000) String notes) {
}
