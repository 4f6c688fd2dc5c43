package org.mizani.assessment;

import org.jspecify.annotations.Nullable;

/** Which responses of an assessment to list: one area, and unanswered / assigned to me / returned, or all. */
public record ResponseFilter(@Nullable String area, Show show) {

	public enum Show {
		ALL, UNANSWERED, MINE, RETURNED, GAPS
	}

	public static ResponseFilter all() {
		return new ResponseFilter(null, Show.ALL);
	}
}
