package org.mizani.project;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Portfolio filters; {@code flag} narrows to late, red or review-overdue projects. */
public record ProjectQuery(@Nullable ProjectStatus status, @Nullable UUID institution, @Nullable String sector,
		@Nullable Integer year, @Nullable String text, @Nullable Flag flag) {

	public enum Flag {
		LATE, RED, REVIEW_OVERDUE
	}

	public static ProjectQuery all() {
		return new ProjectQuery(null, null, null, null, null, null);
	}
}
