package org.mizani.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.platform.FieldProblem;
import org.mizani.training.ParticipantStatus;
import org.mizani.training.SessionStatus;
import org.mizani.training.SessionView;

class NominationPolicyTest {

	private static SessionView session(SessionStatus status, int capacity, int quota) {
		return new SessionView(UUID.randomUUID(), UUID.randomUUID(), 1, "Phase 2", LocalDate.of(2021, 11, 30),
				LocalDate.of(2021, 12, 4), "Dodoma", "Dodoma", capacity, quota, null, List.of(), null, status, 0, 0, 0);
	}

	@Test
	void nominationsAreTakenOnlyWhileTheSessionIsOpen() {
		assertThat(NominationPolicy.nominate(session(SessionStatus.PLANNED, 50, 2), 0, false)).extracting(FieldProblem::code)
			.containsExactly("training.nomination.closed");
		assertThat(NominationPolicy.nominate(session(SessionStatus.OPEN, 50, 2), 0, false)).isEmpty();
	}

	@Test
	void anInstitutionHoldsAtMostItsQuotaAndNominatesAnOfficerOnce() {
		assertThat(NominationPolicy.nominate(session(SessionStatus.OPEN, 50, 2), 2, false)).extracting(FieldProblem::code)
			.containsExactly("training.nomination.quota");
		assertThat(NominationPolicy.nominate(session(SessionStatus.OPEN, 50, 2), 1, true)).extracting(FieldProblem::code)
			.containsExactly("training.nomination.duplicate");
	}

	@Test
	void theCoordinatorApprovesNoMoreThanTheCapacityAndWaitListsTheRest() {
		SessionView full = session(SessionStatus.OPEN, 2, 2);
		assertThat(NominationPolicy.decide(full, ParticipantStatus.NOMINATED, ParticipantStatus.APPROVED, 2))
			.extracting(FieldProblem::code).containsExactly("training.decision.full");
		assertThat(NominationPolicy.decide(full, ParticipantStatus.NOMINATED, ParticipantStatus.WAITLISTED, 2)).isEmpty();
		assertThat(NominationPolicy.decide(full, ParticipantStatus.WAITLISTED, ParticipantStatus.APPROVED, 1)).isEmpty();
	}

	@Test
	void decisionsFollowTheNominationsState() {
		SessionView open = session(SessionStatus.OPEN, 50, 2);
		assertThat(NominationPolicy.decide(open, ParticipantStatus.DECLINED, ParticipantStatus.APPROVED, 0))
			.extracting(FieldProblem::code).containsExactly("training.decision.not-allowed");
		assertThat(NominationPolicy.decide(open, ParticipantStatus.APPROVED, ParticipantStatus.WITHDRAWN, 0)).isEmpty();
		assertThat(NominationPolicy.decide(session(SessionStatus.COMPLETED, 50, 2), ParticipantStatus.NOMINATED,
				ParticipantStatus.APPROVED, 0)).extracting(FieldProblem::code).containsExactly("training.session.ended");
	}
}
