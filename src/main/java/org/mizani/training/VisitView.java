package org.mizani.training;

import java.time.LocalDate;
import java.util.UUID;

public record VisitView(UUID id, UUID programmeId, UUID institutionId, String institutionAcronym, LocalDate visitedOn,
		String visitors, String findings, int rating) {
}
