package org.mizani.catalog;

/**
 * Outcome of importing an OSCAL catalog. {@code created} is false when exactly this version was
 * imported before (nothing changed).
 */
public record ImportSummary(DocumentId documentId, String documentCode, String documentTitle, VersionId versionId,
		String versionLabel, int groupCount, int requirementCount, int withdrawnCount, boolean created) {
}
