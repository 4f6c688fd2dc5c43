package org.mizani.assessment.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizani.assessment.AssessmentStatus;
import org.mizani.assessment.CampaignStatus;
import org.mizani.assessment.LateRule;
import org.mizani.platform.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionPolicyTest {

	private static final LocalDate DEADLINE = LocalDate.of(2027, 1, 31);

	private static SubmissionPolicy.Situation situation(AssessmentStatus status, LateRule rule, LocalDate today,
			boolean head, List<String> unanswered, List<String> unjustified) {
		return new SubmissionPolicy.Situation(status, CampaignStatus.OPEN, rule, DEADLINE, today, head, unanswered, unjustified);
	}

	@Test
	void letsTheHeadSubmitACompleteAssessmentBeforeTheDeadline() {
		SubmissionPolicy.Decision decision = SubmissionPolicy.decide(situation(AssessmentStatus.IN_PROGRESS,
				LateRule.LOCKED, DEADLINE, true, List.of(), List.of()));
		assertThat(decision.allowed()).isTrue();
		assertThat(decision.late()).isFalse();
	}

	@Test
	void rejectsSubmissionWithUnansweredMandatoryRequirementsAndNamesThem() {
		SubmissionPolicy.Decision decision = SubmissionPolicy.decide(situation(AssessmentStatus.IN_PROGRESS,
				LateRule.LOCKED, DEADLINE, true, List.of("SE-01", "SE-02"), List.of("AV-03")));
		assertThat(decision.problems()).extracting(FieldProblem::code)
			.containsExactly("assessment.submit.unanswered", "assessment.submit.unjustified");
		assertThat(decision.problems().get(0).arguments()).containsExactly(2, "SE-01, SE-02");
	}

	@Test
	void onlyTheHeadSubmits() {
		SubmissionPolicy.Decision decision = SubmissionPolicy.decide(situation(AssessmentStatus.IN_PROGRESS,
				LateRule.ALLOWED_FLAGGED, DEADLINE, false, List.of(), List.of()));
		assertThat(decision.problems()).extracting(FieldProblem::code).containsExactly("assessment.submit.head-only");
	}

	@Test
	void refusesASecondSubmission() {
		SubmissionPolicy.Decision decision = SubmissionPolicy.decide(situation(AssessmentStatus.SUBMITTED,
				LateRule.ALLOWED_FLAGGED, DEADLINE, true, List.of(), List.of()));
		assertThat(decision.problems()).extracting(FieldProblem::code).containsExactly("assessment.submit.already-submitted");
	}

	@Test
	void marksALateSubmissionWhenTheCampaignAllowsIt() {
		SubmissionPolicy.Decision decision = SubmissionPolicy.decide(situation(AssessmentStatus.RETURNED,
				LateRule.ALLOWED_FLAGGED, DEADLINE.plusDays(1), true, List.of(), List.of()));
		assertThat(decision.allowed()).isTrue();
		assertThat(decision.late()).isTrue();
	}

	@Test
	void refusesALateSubmissionWhenTheCampaignLocks() {
		SubmissionPolicy.Decision decision = SubmissionPolicy.decide(situation(AssessmentStatus.IN_PROGRESS,
				LateRule.LOCKED, DEADLINE.plusDays(1), true, List.of(), List.of()));
		assertThat(decision.problems()).extracting(FieldProblem::code).containsExactly("assessment.submit.deadline-passed");
	}

	@Test
	void refusesSubmissionToAClosedCampaign() {
		SubmissionPolicy.Decision decision = SubmissionPolicy.decide(new SubmissionPolicy.Situation(
				AssessmentStatus.IN_PROGRESS, CampaignStatus.CLOSED, LateRule.ALLOWED_FLAGGED, DEADLINE, DEADLINE, true,
				List.of(), List.of()));
		assertThat(decision.problems()).extracting(FieldProblem::code).containsExactly("assessment.submit.campaign-not-open");
	}
}
