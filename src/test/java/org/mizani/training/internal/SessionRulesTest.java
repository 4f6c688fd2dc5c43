package org.mizani.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.platform.FieldProblem;
import org.mizani.training.ProgrammeView;
import org.mizani.training.SessionForm;
import org.mizani.training.SessionStatus;

class SessionRulesTest {

	private final ProgrammeView programme = new ProgrammeView(UUID.randomUUID(), "Usalama", "Security", 2021, 200, 4, "TCRA", null,
			TrainingService.modules(null), null, 0);

	private SessionForm form(LocalDate start, LocalDate end, int phase, List<String> modules, int capacity, int quota) {
		return new SessionForm(programme.id(), phase, "Phase", start, end, "Dodoma", "Dodoma", capacity, quota, null, modules, null);
	}

	@Test
	void aSessionFallsInsideTheProgrammesFiscalYearFromJulyToJune() {
		assertThat(SessionRules.check(form(LocalDate.of(2021, 11, 30), LocalDate.of(2021, 12, 4), 2, List.of("SECURITY"), 60, 3),
				programme, 7)).isEmpty();
		assertThat(SessionRules.check(form(LocalDate.of(2022, 6, 28), LocalDate.of(2022, 7, 2), 4, List.of(), 60, 3), programme, 7))
			.extracting(FieldProblem::code).containsExactly("training.session.dates.fiscal-year");
		assertThat(SessionRules.check(form(LocalDate.of(2021, 6, 28), LocalDate.of(2021, 6, 30), 1, List.of(), 60, 3), programme, 7))
			.extracting(FieldProblem::code).containsExactly("training.session.dates.fiscal-year");
		assertThat(SessionRules.check(form(LocalDate.of(2022, 1, 5), LocalDate.of(2022, 1, 10), 1, List.of(), 60, 3), programme, 1))
			.as("a fiscal year that starts in January").extracting(FieldProblem::code).containsExactly("training.session.dates.fiscal-year");
	}

	@Test
	void itBelongsToAPhaseTeachesTheProgrammesModulesAndKeepsTheQuotaWithinTheCapacity() {
		assertThat(SessionRules.check(form(LocalDate.of(2021, 11, 30), LocalDate.of(2021, 12, 4), 5, List.of("SECURITY", "COOKING"), 2, 3),
				programme, 7)).extracting(FieldProblem::code)
			.containsExactly("training.session.phase", "training.session.modules", "training.session.quota");
		assertThat(SessionRules.check(form(LocalDate.of(2021, 12, 4), LocalDate.of(2021, 11, 30), 1, List.of(), 60, 3), programme, 7))
			.extracting(FieldProblem::code).containsExactly("training.session.dates.order");
	}

	@Test
	void aSessionMovesPlannedOpenRunningCompletedAndMayBeCancelledUntilItEnds() {
		assertThat(SessionRules.canMove(SessionStatus.PLANNED, SessionStatus.OPEN)).isTrue();
		assertThat(SessionRules.canMove(SessionStatus.OPEN, SessionStatus.RUNNING)).isTrue();
		assertThat(SessionRules.canMove(SessionStatus.RUNNING, SessionStatus.COMPLETED)).isTrue();
		assertThat(SessionRules.canMove(SessionStatus.PLANNED, SessionStatus.COMPLETED)).isFalse();
		assertThat(SessionRules.canMove(SessionStatus.COMPLETED, SessionStatus.CANCELLED)).isFalse();
		assertThat(SessionRules.canMove(SessionStatus.RUNNING, SessionStatus.CANCELLED)).isTrue();
	}
}
