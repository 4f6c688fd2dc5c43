package org.mizani.system;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mizani.platform.ImportReport;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;

/**
 * The ICT systems register. ICT officers and heads register their institution's systems; authority staff
 * read every register and its completeness. Another institution's system is "not found".
 */
public interface SystemRegister {

	PageResult<SystemView> search(SystemQuery query, Paging paging);

	void exportXlsx(SystemQuery query, OutputStream out) throws IOException;

	SystemView get(SystemId id);

	SystemView register(SystemForm form);

	SystemView update(SystemId id, SystemForm form, long expectedVersion);

	/** Validates the whole file, then registers every row for the caller's institution or none. */
	ImportReport importFile(String filename, byte[] content);

	/** Completeness per institution (authority), or of the caller's own institution. */
	List<RegisterCompleteness> completeness(SystemQuery query);

	/** The systems of an institution the caller may see, by name (for choosers in other modules). */
	List<SystemSummary> ofInstitution(UUID institution);

	/** Critical systems in use (not retired) the caller may see, optionally of one institution, with their institution's acronym. */
	List<SystemSummary> critical(@org.jspecify.annotations.Nullable UUID institution);

	/**
	 * Names and targets of the given systems, for records of other modules that refer to them. No tenancy
	 * check: the calling use case has already checked that its caller may see the referring record.
	 */
	Map<UUID, SystemSummary> summaries(Collection<UUID> systems);

	/**
	 * The institution's system of this name, registered as "planned" when it is not in the register yet
	 * (no tenancy check: called by the ICT project use case when a project is approved).
	 */
	SystemId registerPlanned(UUID institution, String name, String purpose);

	/** Systems that went live through an ICT project move to "live" (no tenancy check: called by the project use case). */
	void markLive(Collection<UUID> systems, java.time.LocalDate on);
}
