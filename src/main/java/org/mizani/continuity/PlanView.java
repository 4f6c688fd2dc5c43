package org.mizani.continuity;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record PlanView(UUID id, UUID institutionId, String institutionAcronym, UUID systemId, String systemName,
		String criticality, String owner, Strategy strategy, @Nullable String strategyNotes, int rtoMinutes, int rpoMinutes,
		LocalDate lastReviewed, LocalDate nextReviewDue, @Nullable String documentName, @Nullable LocalDate lastDrill,
		@Nullable Boolean lastDrillPassed, long version) {

	public boolean reviewOverdue(LocalDate today) {
		return today.isAfter(nextReviewDue);
	}

	public boolean drilledSince(LocalDate since) {
		return lastDrill != null && !lastDrill.isBefore(since);
	}

	public PlanForm form() {
		return new PlanForm(owner, strategy, strategyNotes, rtoMinutes, rpoMinutes, lastReviewed, nextReviewDue);
	}
}
