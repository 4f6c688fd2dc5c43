package org.mizani.incident;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A move of an incident to another state: closing needs the root cause and lessons learned, a duplicate
 * or merge names the other incident by reference, a rejection gives its reason.
 */
public record Transition(@NotNull IncidentStatus to, @Nullable @Size(max = 10000) String rootCause,
		@Nullable @Size(max = 10000) String lessonsLearned, @Nullable @Size(max = 30) String relatedReference,
		@Nullable @Size(max = 5000) String reason) {
}
