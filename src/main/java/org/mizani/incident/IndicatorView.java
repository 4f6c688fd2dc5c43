package org.mizani.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An indicator on an incident, with the other incidents (that the caller may see) where it was also seen. */
public record IndicatorView(UUID id, IndicatorKind kind, String value, @Nullable String note, Instant addedAt,
		List<Sighting> alsoSeenIn) {

	public record Sighting(IncidentId incident, String reference, String institutionAcronym) {
	}
}
