package org.mizani.assessment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Filters of the action list; institution users always see only their own institution's actions. */
public record ActionQuery(@Nullable UUID institution, @Nullable ActionStatus status, @Nullable Boolean overdue,
		@Nullable AssessmentId assessment) {

	public static ActionQuery all() {
		return new ActionQuery(null, null, null, null);
	}
}
