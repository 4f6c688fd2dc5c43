package org.mizani.incident;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One reporting stage of an incident: when it is due, what was sent, and the analyst's review. */
public record StageView(String code, int position, Instant dueAt, @Nullable Instant submittedAt, @Nullable String report,
		@Nullable StageReview review, @Nullable String reviewComment, @Nullable Instant reviewedAt) {

	public boolean overdue(Instant now) {
		return submittedAt == null ? now.isAfter(dueAt) : false;
	}

	/** Sent, but after its due time. */
	public boolean late() {
		return submittedAt != null && submittedAt.isAfter(dueAt);
	}

	public enum StageReview {
		ACCEPTED, REVISION_REQUIRED
	}
}
