package org.mizani.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mizani.platform.FieldProblem;
import org.mizani.training.ProgrammeView;
import org.mizani.training.SessionForm;
import org.mizani.training.SessionStatus;

/**
 * A session belongs to its programme: it falls inside the programme's fiscal year (which starts in the
 * configured month, July by default), in one of its phases, and teaches the programme's modules. A
 * session moves planned → open for nominations → running → completed, and may be cancelled until it ends.
 */
final class SessionRules {

	private SessionRules() {
	}

	static List<FieldProblem> check(SessionForm form, ProgrammeView programme, int fiscalYearStartMonth) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate start = LocalDate.of(programme.fiscalYear(), fiscalYearStartMonth, 1);
		LocalDate end = start.plusYears(1).minusDays(1);
		if (form.endsOn().isBefore(form.startsOn())) {
			problems.add(new FieldProblem("endsOn", "training.session.dates.order"));
		}
		else if (form.startsOn().isBefore(start) || form.endsOn().isAfter(end)) {
			problems.add(new FieldProblem("startsOn", "training.session.dates.fiscal-year", programme.fiscalYearLabel()));
		}
		else if (form.startsOn().plusDays(59).isBefore(form.endsOn())) {
			problems.add(new FieldProblem("endsOn", "training.session.dates.length"));
		}
		if (form.phase() > programme.phases()) {
			problems.add(new FieldProblem("phase", "training.session.phase", programme.phases()));
		}
		Set<String> codes = new java.util.HashSet<>();
		programme.modules().forEach(m -> codes.add(m.code()));
		if (!codes.containsAll(form.moduleCodes())) {
			problems.add(new FieldProblem("modules", "training.session.modules"));
		}
		if (form.quotaPerInstitution() > form.capacity()) {
			problems.add(new FieldProblem("quotaPerInstitution", "training.session.quota"));
		}
		return problems;
	}

	static boolean canMove(SessionStatus from, SessionStatus to) {
		return switch (from) {
			case PLANNED -> to == SessionStatus.OPEN || to == SessionStatus.CANCELLED;
			case OPEN -> to == SessionStatus.RUNNING || to == SessionStatus.CANCELLED || to == SessionStatus.PLANNED;
			case RUNNING -> to == SessionStatus.COMPLETED || to == SessionStatus.CANCELLED;
			case COMPLETED, CANCELLED -> false;
		};
	}
}
