package org.mizani.incident.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.mizani.incident.IncidentStatus;
import org.mizani.platform.FieldProblem;

/**
 * Which way an incident may move (the handling phases of NIST SP 800-61: detection and analysis,
 * containment, eradication, recovery, post-incident activity). Handling only moves forward, a phase
 * may be skipped when it does not apply, and only a reported or triaged incident can be rejected,
 * marked a duplicate or merged into another. Closing needs a root cause and lessons learned, the
 * post-incident review that makes the next incident shorter.
 */
final class IncidentLifecycle {

	private static final List<IncidentStatus> HANDLING = List.of(IncidentStatus.REPORTED, IncidentStatus.TRIAGED,
			IncidentStatus.CONTAINED, IncidentStatus.ERADICATED, IncidentStatus.RECOVERED, IncidentStatus.CLOSED);

	private static final Set<IncidentStatus> DISMISSALS = EnumSet.of(IncidentStatus.REJECTED, IncidentStatus.DUPLICATE,
			IncidentStatus.MERGED);

	private IncidentLifecycle() {
	}

	/** The states an incident in {@code from} may move to. */
	static List<IncidentStatus> next(IncidentStatus from) {
		List<IncidentStatus> next = new ArrayList<>();
		int at = HANDLING.indexOf(from);
		if (at < 0 || from == IncidentStatus.CLOSED) {
			return next;
		}
		for (int i = at + 1; i < HANDLING.size(); i++) {
			IncidentStatus to = HANDLING.get(i);
			if (to == IncidentStatus.CLOSED && from == IncidentStatus.REPORTED) {
				continue;
			}
			next.add(to);
		}
		if (from == IncidentStatus.REPORTED || from == IncidentStatus.TRIAGED) {
			next.addAll(DISMISSALS);
		}
		return next;
	}

	/** The problems that stop the move, empty when it is allowed. */
	static List<FieldProblem> check(IncidentStatus from, IncidentStatus to, @Nullable String rootCause,
			@Nullable String lessons, boolean relatedGiven, @Nullable String reason) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!next(from).contains(to)) {
			problems.add(new FieldProblem("to", "incident.transition.not-allowed", from.name(), to.name()));
			return problems;
		}
		if (to == IncidentStatus.CLOSED) {
			if (blank(rootCause)) {
				problems.add(new FieldProblem("rootCause", "incident.close.root-cause"));
			}
			if (blank(lessons)) {
				problems.add(new FieldProblem("lessonsLearned", "incident.close.lessons"));
			}
		}
		if ((to == IncidentStatus.DUPLICATE || to == IncidentStatus.MERGED) && !relatedGiven) {
			problems.add(new FieldProblem("related", "incident.related.required"));
		}
		if (to == IncidentStatus.REJECTED && blank(reason)) {
			problems.add(new FieldProblem("reason", "incident.reject.reason"));
		}
		return problems;
	}

	static boolean dismissal(IncidentStatus status) {
		return DISMISSALS.contains(status);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
