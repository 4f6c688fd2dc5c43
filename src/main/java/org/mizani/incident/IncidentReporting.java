package org.mizani.incident;

import java.time.Instant;
import java.time.LocalDate;
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
	 * Incidents detected from {@code from} (inclusive) to {@code to} (exclusive), per institution, as counts only (for training impact and dashboards):
	 * dismissed incidents are left out. Authority staff count every institution; an institution its own.
	 */
	Map<UUID, IncidentCount> countsByInstitution(Instant from, Instant to);

	/** The incident as a STIX 2.1 bundle (JSON). */
	String stix(IncidentId id);
}
