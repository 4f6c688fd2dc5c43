package org.mizani.training.internal;

import java.util.ArrayList;
import java.util.List;

import org.mizani.platform.FieldProblem;
import org.mizani.training.ParticipantStatus;
import org.mizani.training.SessionStatus;
import org.mizani.training.SessionView;

/**
 * Who gets a place in a session. Nominations are taken only while the session is open for them; an
 * institution holds at most its quota of places (nominated, approved or wait-listed), so that the
 * places reach many institutions; an officer is nominated once per session; and the coordinator
 * approves no more participants than the venue holds — beyond it, a nomination is wait-listed.
 */
final class NominationPolicy {

	private NominationPolicy() {
	}

	static List<FieldProblem> nominate(SessionView session, long institutionPlaces, boolean alreadyNominated) {
		List<FieldProblem> problems = new ArrayList<>();
		if (session.status() != SessionStatus.OPEN) {
			problems.add(new FieldProblem(null, "training.nomination.closed"));
		}
		if (institutionPlaces >= session.quotaPerInstitution()) {
			problems.add(new FieldProblem(null, "training.nomination.quota", session.quotaPerInstitution()));
		}
		if (alreadyNominated) {
			problems.add(new FieldProblem("email", "training.nomination.duplicate"));
		}
		return problems;
	}

	static List<FieldProblem> decide(SessionView session, ParticipantStatus from, ParticipantStatus to, long approved) {
		List<FieldProblem> problems = new ArrayList<>();
		boolean allowed = switch (to) {
			case APPROVED, DECLINED -> from == ParticipantStatus.NOMINATED || from == ParticipantStatus.WAITLISTED;
			case WAITLISTED -> from == ParticipantStatus.NOMINATED;
			case WITHDRAWN -> from == ParticipantStatus.APPROVED || from == ParticipantStatus.NOMINATED
					|| from == ParticipantStatus.WAITLISTED;
			case NOMINATED -> false;
		};
		if (!allowed) {
			problems.add(new FieldProblem("decision", "training.decision.not-allowed", from.name(), to.name()));
		}
		if (to == ParticipantStatus.APPROVED && approved >= session.capacity()) {
			problems.add(new FieldProblem("decision", "training.decision.full", session.capacity()));
		}
		if (session.status() == SessionStatus.COMPLETED || session.status() == SessionStatus.CANCELLED) {
			problems.add(new FieldProblem(null, "training.session.ended"));
		}
		return problems;
	}
}
