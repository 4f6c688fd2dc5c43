package org.mizani.catalog;

import java.util.List;

/**
 * What changed between two versions of one document, requirement by requirement (matched by code):
 * this is what tells institutions what to re-assess.
 */
public record VersionDiff(CatalogVersionView from, CatalogVersionView to, List<CatalogItemView> added,
		List<CatalogItemView> removed, List<Changed> changed, int unchanged) {

	/** A requirement present in both versions whose fields differ. */
	public record Changed(String code, CatalogItemView before, CatalogItemView after, List<FieldChange> fields) {
	}

	/** One field, as it was and as it is; {@code field} is the message suffix {@code catalog.field.<field>}. */
	public record FieldChange(String field, String before, String after) {
	}

	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
	}
}
