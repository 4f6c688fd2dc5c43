package org.mizani.incident;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record IncidentView(IncidentId id, String reference, UUID institutionId, String institutionAcronym,
		@Nullable String sector, UUID reportedBy, boolean onBehalf, String title, String description, Instant detectedAt,
		@Nullable Instant startedAt, String classCode, String typeCode, Severity severity, Tlp tlp,
		@Nullable String servicesDown, @Nullable Integer usersAffected, @Nullable Long recordsAffected, IncidentStatus status,
		@Nullable UUID assignee, @Nullable IncidentId relatedTo, @Nullable String relatedReference, @Nullable String rootCause,
		@Nullable String lessonsLearned, @Nullable UUID escalatedTo, @Nullable Instant escalatedAt,
		@Nullable Instant triagedAt, @Nullable Instant containedAt, @Nullable Instant eradicatedAt,
		@Nullable Instant recoveredAt, @Nullable Instant closedAt, Instant createdAt, Instant updatedAt,
		@Nullable Instant nextDue, boolean overdue, long version) {

	public boolean escalated() {
		return escalatedTo != null;
	}
}
