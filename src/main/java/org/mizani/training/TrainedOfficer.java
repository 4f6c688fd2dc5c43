package org.mizani.training;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One officer of an institution in one session: who, where and when, how it ended, and the certificate. */
public record TrainedOfficer(UUID participantId, UUID sessionId, String sessionTitle, UUID programmeId, LocalDate startsOn,
		LocalDate endsOn, String fullName, @Nullable String position, ParticipantStatus status,
		@Nullable String certificateCode, boolean certificateRevoked) {
}
