package org.mizani.assessment.internal;

import java.util.Objects;
import java.util.UUID;

import org.mizani.assessment.AssessmentActivity;
import org.mizani.assessment.AssessmentStatus;
import org.mizani.assessment.AssessmentView;
import org.mizani.assessment.ResponseId;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.Today;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Who may see and change an assessment, and the audit event of a change to a response: shared by the assessment use cases. */
@Component
class AssessmentAccess {

	private final Assessments assessments;
	private final ApplicationEventPublisher events;
	private final Today today;

	AssessmentAccess(Assessments assessments, ApplicationEventPublisher events, Today today) {
		this.assessments = assessments;
		this.events = events;
		this.today = today;
	}

	/** The audit event of a change to one response of the institution's assessment. */
	void audited(String action, ResponseId id, AssessmentView assessment, String summary) {
		events.publishEvent(new AssessmentActivity(action, "assessment-response", id.toString(), assessment.institutionId(),
				summary, Actor.current()));
	}

	AssessmentView visible(UUID id) {
		AssessmentView assessment = assessments.find(id).orElseThrow(() -> new NotFoundException("assessment"));
		if (!Caller.require().canAccess(assessment.institutionId())) {
			throw new NotFoundException("assessment");
		}
		return assessment;
	}

	/** An assessment of the caller's own institution (the authority reads but never answers). */
	AssessmentView own(UUID id) {
		AssessmentView assessment = visible(id);
		Caller caller = Caller.require();
		if (caller.authority() || !Objects.equals(caller.institutionId(), assessment.institutionId())) {
			throw new NotFoundException("assessment");
		}
		return assessment;
	}

	/** The caller's own institution's assessment, while it can still be changed. */
	AssessmentView editable(UUID id) {
		AssessmentView assessment = own(id);
		if (!assessment.editable(today.date())) {
			throw new BusinessRuleException(assessment.status().editableByInstitution() ? "assessment.locked.deadline"
					: "assessment.locked.submitted");
		}
		return assessment;
	}

	AssessmentView underReview(UUID id) {
		AssessmentView assessment = visible(id);
		if (assessment.status() != AssessmentStatus.SUBMITTED && assessment.status() != AssessmentStatus.UNDER_REVIEW) {
			throw new BusinessRuleException("assessment.review.not-submitted");
		}
		return assessment;
	}
}
