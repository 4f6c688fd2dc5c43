package org.mizani.assessment.internal;

import java.time.LocalDate;

import org.mizani.assessment.AssessmentStatus;
import org.mizani.assessment.AssessmentView;
import org.mizani.platform.Caller;
import org.springframework.ui.Model;

/** What the signed-in user may do on an assessment's pages, for the templates to show or hide. */
final class AssessmentRoles {

	private AssessmentRoles() {
	}

	static void add(Model model, AssessmentView assessment, LocalDate today) {
		Caller caller = Caller.require();
		boolean own = !caller.authority() && assessment.institutionId().equals(caller.institutionId());
		boolean filler = own && (caller.hasRole("ICT_OFFICER") || caller.hasRole("INSTITUTION_HEAD"));
		model.addAttribute("canEdit", filler && assessment.editable(today));
		model.addAttribute("canSubmit", own && caller.hasRole("INSTITUTION_HEAD") && assessment.editable(today));
		boolean reviewer = caller.hasRole("COMPLIANCE_OFFICER");
		model.addAttribute("canReview", reviewer && (assessment.status() == AssessmentStatus.SUBMITTED
				|| assessment.status() == AssessmentStatus.UNDER_REVIEW));
		model.addAttribute("reviewer", reviewer);
		model.addAttribute("canPlan", assessment.status() == AssessmentStatus.ACCEPTED
				&& (reviewer || filler || (own && caller.hasRole("INSTITUTION_HEAD"))));
		model.addAttribute("today", today);
	}

}
