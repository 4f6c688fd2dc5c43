package org.mizani.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The reaction survey at the end of a session: relevance, quality, trainer and venue from 1 to 5, and comments. */
public record SurveyForm(@NotNull @Min(1) @Max(5) Integer relevance, @NotNull @Min(1) @Max(5) Integer quality,
		@NotNull @Min(1) @Max(5) Integer trainer, @NotNull @Min(1) @Max(5) Integer venue,
		@Nullable @Size(max = 5000) String comments) {
}
