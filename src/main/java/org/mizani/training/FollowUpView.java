package org.mizani.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A follow-up owed by a trained institution some months after a session. */
public record FollowUpView(UUID id, UUID sessionId, String sessionTitle, UUID programmeId, UUID institutionId,
		String institutionAcronym, int months, LocalDate dueOn, boolean answered, @Nullable Instant answeredAt,
		@Nullable FollowUpAnswers answers) {

	public boolean overdue(LocalDate today) {
		return !answered && today.isAfter(dueOn.plusDays(30));
	}

	public boolean open(LocalDate today) {
		return !answered && !today.isBefore(dueOn);
	}
}
