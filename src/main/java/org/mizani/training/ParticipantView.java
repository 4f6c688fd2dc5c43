package org.mizani.training;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record ParticipantView(UUID id, UUID sessionId, UUID institutionId, String institutionAcronym, @Nullable UUID userId,
		String fullName, String email, @Nullable String position, ParticipantStatus status, Map<LocalDate, AttendanceMark> attendance,
		@Nullable String certificateCode, boolean certificateRevoked) {

	/** Share of the session's days attended (present or late), 0–100. */
	public double attendanceRate(int sessionDays) {
		if (sessionDays == 0) {
			return 0;
		}
		return 100.0 * attendance.values().stream().filter(AttendanceMark::attended).count() / sessionDays;
	}
}
