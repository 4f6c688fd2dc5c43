package org.mizani.incident;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.system.SystemSummary;

/**
 * Reporting and steering incidents. Institutions report their own; the authority's security analysts
 * report on an institution's behalf, triage, move incidents through their lifecycle, assign and escalate
 * them. What the caller may not see (see the confidentiality rule in the module documentation) is "not found".
 */
public interface IncidentManagement {

	PageResult<IncidentView> search(IncidentQuery query, Paging paging);

	void exportXlsx(IncidentQuery query, OutputStream out) throws IOException;

	IncidentView get(IncidentId id);

	IncidentView report(IncidentReport report);

	IncidentView triage(IncidentId id, Triage triage, long expectedVersion);

	IncidentView transition(IncidentId id, Transition transition, long expectedVersion);

	/** The states the incident may move to now. */
	List<IncidentStatus> nextStates(IncidentId id);

	void assign(IncidentId id, @Nullable UUID analyst);

	/** Shares the incident with a partner (the national CERT), whose users may then see and comment on it. */
	IncidentView escalate(IncidentId id, UUID partner, String note);

	/** The institutions incidents may be escalated to (configured, e.g. the national CERT's). */
	List<Partner> partners();

	List<SystemSummary> affectedSystems(IncidentId id);

	/** People inside the institution allowed to see a TLP:RED or TLP:AMBER+STRICT incident. */
	List<UUID> namedPeople(IncidentId id);

	void name(IncidentId id, UUID user);

	void unname(IncidentId id, UUID user);

	List<TaxonomyEntry> taxonomy(boolean activeOnly);

	void saveTaxonomy(TaxonomyEntry entry);

	record Partner(UUID institution, String acronym) {
	}
}
