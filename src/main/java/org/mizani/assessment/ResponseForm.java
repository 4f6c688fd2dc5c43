package org.mizani.assessment;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An answer as the institution saves it; {@code version} is the one the editor started from. */
public record ResponseForm(@Nullable Result result, @Nullable @Min(0) @Max(5) Integer maturity,
		@Nullable @Size(max = 10000) String notes, @Nullable @Size(max = 5000) String justification,
		@Nullable UUID assigneeId, long version) {
}
