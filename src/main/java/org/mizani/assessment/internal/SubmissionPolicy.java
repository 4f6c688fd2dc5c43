package org.mizani.assessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mizani.assessment.AssessmentStatus;
import org.mizani.assessment.CampaignStatus;
import org.mizani.assessment.LateRule;
import org.mizani.platform.FieldProblem;

/**
 * Who may submit an assessment, and when (DESIGN.md, "Assessment": the ICT officer fills, the head of
 * the institution submits). Every mandatory requirement must be answered and every "not applicable"
 * justified; after the deadline a campaign either takes the submission and marks it late or refuses it.
 */
final class SubmissionPolicy {

	private SubmissionPolicy() {
	}

	record Situation(AssessmentStatus status, CampaignStatus campaign, LateRule lateRule, LocalDate deadline,
			LocalDate today, boolean head, List<String> unansweredMandatory, List<String> unjustifiedNotApplicable) {
	}

	record Decision(List<FieldProblem> problems, boolean late) {

		boolean allowed() {
			return problems.isEmpty();
		}
	}

	static Decision decide(Situation s) {
		List<FieldProblem> problems = new ArrayList<>();
		boolean late = s.today().isAfter(s.deadline());
		if (!s.head()) {
			problems.add(new FieldProblem(null, "assessment.submit.head-only"));
		}
		if (s.campaign() != CampaignStatus.OPEN) {
			problems.add(new FieldProblem(null, "assessment.submit.campaign-not-open"));
		}
		else if (!s.status().editableByInstitution()) {
			problems.add(new FieldProblem(null, "assessment.submit.already-submitted"));
		}
		else if (late && s.lateRule() == LateRule.LOCKED) {
			problems.add(new FieldProblem(null, "assessment.submit.deadline-passed", s.deadline().toString()));
		}
		if (!s.unansweredMandatory().isEmpty()) {
			problems.add(new FieldProblem(null, "assessment.submit.unanswered", s.unansweredMandatory().size(),
					summary(s.unansweredMandatory())));
		}
		if (!s.unjustifiedNotApplicable().isEmpty()) {
			problems.add(new FieldProblem(null, "assessment.submit.unjustified", s.unjustifiedNotApplicable().size(),
					summary(s.unjustifiedNotApplicable())));
		}
		return new Decision(List.copyOf(problems), late);
	}

	/** The first codes, enough to find them. */
	private static String summary(List<String> codes) {
		return codes.size() <= 10 ? String.join(", ", codes) : String.join(", ", codes.subList(0, 10)) + ", …";
	}
}
