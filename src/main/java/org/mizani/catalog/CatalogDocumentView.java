package org.mizani.catalog;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

/** A document with its newest published (or else newest) version, for lists. */
public record CatalogDocumentView(DocumentId id, String code, DocumentKind kind, String titleSw, String titleEn,
		@Nullable String issuingBody, @Nullable VersionId currentVersion, @Nullable String currentLabel,
		@Nullable VersionStatus currentStatus, int requirementCount, int versionCount) {

	public String title(Language language) {
		return language.pick(titleSw, titleEn);
	}
}
