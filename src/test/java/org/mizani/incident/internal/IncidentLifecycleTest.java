package org.mizani.incident.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mizani.incident.IncidentStatus;
import org.mizani.platform.FieldProblem;

class IncidentLifecycleTest {

	@Test
	void handlingMovesForwardAndMaySkipAPhaseThatDoesNotApply() {
		// given an incident being contained
		// then it may move to eradicated, recovered or closed, never back
		assertThat(IncidentLifecycle.next(IncidentStatus.CONTAINED)).containsExactly(IncidentStatus.ERADICATED,
				IncidentStatus.RECOVERED, IncidentStatus.CLOSED);
		assertThat(IncidentLifecycle.check(IncidentStatus.RECOVERED, IncidentStatus.TRIAGED, null, null, false, null))
			.extracting(FieldProblem::code).containsExactly("incident.transition.not-allowed");
	}

	@Test
	void onlyAReportedOrTriagedIncidentCanBeRejectedMarkedDuplicateOrMerged() {
		assertThat(IncidentLifecycle.next(IncidentStatus.REPORTED)).contains(IncidentStatus.REJECTED, IncidentStatus.DUPLICATE,
				IncidentStatus.MERGED).doesNotContain(IncidentStatus.CLOSED);
		assertThat(IncidentLifecycle.next(IncidentStatus.TRIAGED)).contains(IncidentStatus.REJECTED, IncidentStatus.CLOSED);
		assertThat(IncidentLifecycle.next(IncidentStatus.CONTAINED)).doesNotContain(IncidentStatus.REJECTED);
	}

	@Test
	void endedIncidentsGoNowhere() {
		for (IncidentStatus end : new IncidentStatus[] { IncidentStatus.CLOSED, IncidentStatus.REJECTED, IncidentStatus.DUPLICATE,
				IncidentStatus.MERGED }) {
			assertThat(IncidentLifecycle.next(end)).as(end.name()).isEmpty();
		}
	}

	@Test
	void closingNeedsARootCauseAndLessonsLearned() {
		assertThat(IncidentLifecycle.check(IncidentStatus.RECOVERED, IncidentStatus.CLOSED, " ", null, false, null))
			.extracting(FieldProblem::field).containsExactly("rootCause", "lessonsLearned");
		assertThat(IncidentLifecycle.check(IncidentStatus.RECOVERED, IncidentStatus.CLOSED, "Unpatched VPN",
				"Patch within 14 days", false, null)).isEmpty();
	}

	@Test
	void aDuplicateNamesTheOriginalAndARejectionItsReason() {
		assertThat(IncidentLifecycle.check(IncidentStatus.REPORTED, IncidentStatus.DUPLICATE, null, null, false, null))
			.extracting(FieldProblem::code).containsExactly("incident.related.required");
		assertThat(IncidentLifecycle.check(IncidentStatus.REPORTED, IncidentStatus.DUPLICATE, null, null, true, null)).isEmpty();
		assertThat(IncidentLifecycle.check(IncidentStatus.TRIAGED, IncidentStatus.REJECTED, null, null, false, ""))
			.extracting(FieldProblem::code).containsExactly("incident.reject.reason");
	}
}
