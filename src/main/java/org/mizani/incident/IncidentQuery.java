package org.mizani.incident;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Filters of the incident list; {@code institution} is ignored for institution users (they see their own). */
public record IncidentQuery(@Nullable IncidentStatus status, @Nullable Severity severity, @Nullable String classCode,
		@Nullable UUID institution, @Nullable UUID system, @Nullable String text, @Nullable Flag flag) {

	public enum Flag {
		OPEN, OVERDUE, ESCALATED, UNASSIGNED, MINE
	}

	public static IncidentQuery all() {
		return new IncidentQuery(null, null, null, null, null, null, null);
	}
}
