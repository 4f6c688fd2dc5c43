package org.mizani.catalog;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

public record CatalogVersionView(VersionId id, DocumentId documentId, String documentCode, String documentTitleSw,
		String documentTitleEn, String label, VersionStatus status, @Nullable LocalDate effectiveDate,
		@Nullable String oscalVersion, int requirementCount, @Nullable Instant publishedAt) {
}
