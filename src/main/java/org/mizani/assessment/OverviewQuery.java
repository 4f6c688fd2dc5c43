package org.mizani.assessment;

import org.jspecify.annotations.Nullable;

/** Filters of a campaign overview; {@code text} matches acronym or name. */
public record OverviewQuery(@Nullable AssessmentStatus status, @Nullable String text, @Nullable Boolean late) {

	public static OverviewQuery all() {
		return new OverviewQuery(null, null, null);
	}
}
