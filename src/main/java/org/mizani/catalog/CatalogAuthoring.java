package org.mizani.catalog;

/**
 * Writing catalogues (compliance officers and administrators): documents, draft versions, their
 * items, and publication. A published version never changes.
 */
public interface CatalogAuthoring {

	/** Creates a document with an empty draft version. */
	VersionId createDocument(DocumentForm form);

	/** A new draft version of the same document, starting as a copy of this one. */
	VersionId createDraft(VersionId from, String label);

	/** Adds ({@code code} null) or changes an item of a draft version. */
	void saveItem(VersionId draft, @org.jspecify.annotations.Nullable String code, ItemForm form);

	/** Removes an item (and what it contains) from a draft version. */
	void removeItem(VersionId draft, String code);

	/** Moves an item one place up or down among its siblings in a draft version. */
	void moveItem(VersionId draft, String code, boolean up);

	/** Publishes a draft if it meets the publication rules (else the problems, naming each requirement). */
	void publish(VersionId draft);
}
