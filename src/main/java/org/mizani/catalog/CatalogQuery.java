package org.mizani.catalog;

import org.jspecify.annotations.Nullable;

/** A full-text search within one version, with optional filters. */
public record CatalogQuery(@Nullable String text, @Nullable RequirementLevel level, @Nullable String applicability,
		@Nullable String tag) {

	public boolean isEmpty() {
		return (text == null || text.isBlank()) && level == null && (applicability == null || applicability.isBlank())
				&& (tag == null || tag.isBlank());
	}
}
