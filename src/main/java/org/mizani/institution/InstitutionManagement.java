package org.mizani.institution;

import org.mizani.platform.ImportReport;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;

/**
 * Use cases on institutions. Reads are limited by the tenancy rule (institution users see only
 * their own institution; another's answers "not found"); changes are for authority administrators.
 */
public interface InstitutionManagement {

	PageResult<InstitutionView> search(InstitutionQuery query, Paging paging);

	InstitutionView get(InstitutionId id);

	/**
	 * The matching institutions (the caller's scope) as a workbook in the import template's columns plus
	 * status, written row by row as the database streams them.
	 */
	void exportXlsx(InstitutionQuery query, java.io.OutputStream out) throws java.io.IOException;

	/** Active institutions the caller may see, for choosers (parent, a user's institution). */
	List<InstitutionOption> options();

	/** Whether an active institution with this id exists (no tenancy check: for validation by other modules). */
	boolean isActive(InstitutionId id);

	/** Short names of the given institutions, for lists in other modules. */
	Map<InstitutionId, String> acronyms(Collection<InstitutionId> ids);

	Optional<InstitutionId> findByAcronym(String acronym);

	/** The active institutions of a selection, by acronym (no tenancy check: callers are authority use cases). */
	List<InstitutionView> select(InstitutionSelection selection);

	InstitutionView register(InstitutionDetails details);

	InstitutionView update(InstitutionId id, InstitutionDetails details, long expectedVersion);

	void deactivate(InstitutionId id);

	void reactivate(InstitutionId id);

	/** Validates the whole file, then imports every row or none. */
	ImportReport importFile(String filename, byte[] content);

	/** Distinct sectors and regions in use, to suggest while typing. */
	Map<String, List<String>> suggestions();

	record InstitutionOption(InstitutionId id, String acronym, String nameSw, String nameEn) {
	}
}
