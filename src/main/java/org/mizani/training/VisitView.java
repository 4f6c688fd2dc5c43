package org.mizani.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record VisitView(UUID id, UUID programmeId, UUID institutionId, String institutionAcronym, LocalDate visitedOn,
		String visitors, String findings, int rating, List<VisitAction> actions) {

	/** A remediation action opened for the institution from the visit's findings. */
	public record VisitAction(UUID actionId, String title) {
	}
}
