package org.mizani.institution;

import org.jspecify.annotations.Nullable;

/** Search and filters of the institution list. {@code sort} is one of {@link #SORTS}. */
public record InstitutionQuery(@Nullable String text, @Nullable InstitutionType type, @Nullable String sector,
		@Nullable String region, @Nullable Boolean active, @Nullable String sort) {

	public static final java.util.List<String> SORTS = java.util.List.of("name", "acronym", "type", "region", "sector",
			"updated");

	/** The requested sort when it is a known one, else by name. */
	public static String sortOrDefault(@Nullable String sort) {
		return sort != null && SORTS.contains(sort) ? sort : "name";
	}

	public static InstitutionQuery all() {
		return new InstitutionQuery(null, null, null, null, null, null);
	}
}
