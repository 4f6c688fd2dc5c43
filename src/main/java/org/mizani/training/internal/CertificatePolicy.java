package org.mizani.training.internal;

import org.jspecify.annotations.Nullable;
import org.mizani.training.ParticipantStatus;
import org.mizani.training.ParticipantView;
import org.mizani.training.SessionStatus;
import org.mizani.training.SessionView;

/**
 * Who earns a certificate: an approved participant of a completed session who attended (present or
 * late) at least the threshold share of its days — 80 % by default, {@code mizani.training.attendance-threshold} —
 * and, when the programme sets a pass mark, scored at least that (percent) in the post-test.
 */
record CertificatePolicy(double thresholdPercent) {

	boolean earns(SessionView session, ParticipantView participant, @Nullable Integer passMark, @Nullable Double postScore) {
		return session.status() == SessionStatus.COMPLETED && participant.status() == ParticipantStatus.APPROVED
				&& participant.attendanceRate(session.days().size()) >= thresholdPercent
				&& (passMark == null || (postScore != null && postScore >= passMark));
	}
}
