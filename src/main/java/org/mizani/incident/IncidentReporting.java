package org.mizani.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

/** Metrics of incident handling, the incident report (PDF) and the STIX 2.1 bundle shared with partners. */
public interface IncidentReporting {

	/** Over incidents detected in [from, to] (either may be open) that the caller may count. */
	IncidentMetrics metrics(IncidentMetrics.Dimension dimension, @Nullable LocalDate from, @Nullable LocalDate to);

	byte[] reportPdf(IncidentId id, Language language);

	/**
	 * For each period (from inclusive, to exclusive), the incidents detected in it per institution, as counts
	 * only (for training impact and dashboards), in the order of the periods: dismissed incidents are left out.
	 * Authority staff count every institution; an institution its own.
	 */
	List<Map<UUID, IncidentCount>> countsByInstitution(List<IncidentCount.Period> periods);

	/** The incident as a STIX 2.1 bundle (JSON). */
	String stix(IncidentId id);
}
