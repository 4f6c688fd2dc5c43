package org.mizani.incident;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

/** Metrics of incident handling, the incident report (PDF) and the STIX 2.1 bundle shared with partners. */
public interface IncidentReporting {

	/** Over incidents detected in [from, to] (either may be open) that the caller may count. */
	IncidentMetrics metrics(IncidentMetrics.Dimension dimension, @Nullable LocalDate from, @Nullable LocalDate to);

	byte[] reportPdf(IncidentId id, Language language);

	/** The incident as a STIX 2.1 bundle (JSON). */
	String stix(IncidentId id);
}
