package org.mizani.assessment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the action list; institution users always see only their own institution's actions.
 * {@code pending} keeps the actions still to be done (open, in progress or reopened).
 */
public record ActionQuery(@Nullable UUID institution, @Nullable ActionStatus status, @Nullable Boolean overdue,
		@Nullable AssessmentId assessment, @Nullable Boolean pending) {

	public ActionQuery(@Nullable UUID institution, @Nullable ActionStatus status, @Nullable Boolean overdue,
			@Nullable AssessmentId assessment) {
		this(institution, status, overdue, assessment, null);
	}

	public static ActionQuery all() {
		return new ActionQuery(null, null, null, null, null);
	}

	/** The institution's actions still to be done. */
	public static ActionQuery pendingOf(UUID institution) {
		return new ActionQuery(institution, null, null, null, true);
	}
}
