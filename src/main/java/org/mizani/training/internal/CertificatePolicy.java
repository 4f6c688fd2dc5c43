package org.mizani.training.internal;

import org.mizani.training.ParticipantStatus;
import org.mizani.training.ParticipantView;
import org.mizani.training.SessionStatus;
import org.mizani.training.SessionView;

/**
 * Who earns a certificate: an approved participant of a completed session who attended (present or
 * late) at least the threshold share of its days — 80 % by default, {@code mizani.training.attendance-threshold}.
 */
record CertificatePolicy(double thresholdPercent) {

	boolean earns(SessionView session, ParticipantView participant) {
		return session.status() == SessionStatus.COMPLETED && participant.status() == ParticipantStatus.APPROVED
				&& participant.attendanceRate(session.days().size()) >= thresholdPercent;
	}
}
