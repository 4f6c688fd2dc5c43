package org.mizani.catalog;

import java.util.List;
import java.util.Optional;

import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;

/**
 * Reading and importing catalogues. Everyone signed in reads published versions; compliance
 * officers and administrators import and see drafts.
 */
public interface CatalogManagement {

	List<CatalogDocumentView> documents();

	List<CatalogVersionView> versions(DocumentId document);

	CatalogVersionView version(VersionId version);

	/** The version's groups and requirements in tree order. */
	List<CatalogItemView> tree(VersionId version);

	Optional<CatalogItemView> requirement(VersionId version, String code);

	PageResult<CatalogItemView> search(VersionId version, CatalogQuery query, Paging paging);

	/** Tags used in a version, for the filter. */
	List<String> tags(VersionId version);

	/** Imports an OSCAL catalog (JSON) all-or-nothing; importing the same version again changes nothing. */
	ImportSummary importOscal(String filename, byte[] content);

	/** Requirements added, removed and changed from one version of a document to another. */
	VersionDiff diff(VersionId from, VersionId to);

	/**
	 * Applies an OSCAL profile to a version already in Mizani: its selected controls, in their places in
	 * the source hierarchy, become a published version of a baseline document.
	 */
	ImportSummary importProfile(VersionId source, String filename, byte[] content);

	/** The version as an OSCAL catalog in JSON. */
	byte[] exportOscal(VersionId version);
}
