package org.mizani.assessment;

import java.util.UUID;

import org.mizani.platform.Actor;
import org.mizani.platform.AuditableEvent;

public record AssessmentSubmitted(AssessmentId assessment, UUID institution, boolean late, Actor actor)
		implements AuditableEvent {

	@Override
	public String action() {
		return "assessment.submitted";
	}

	@Override
	public String entityType() {
		return "assessment";
	}

	@Override
	public String entityId() {
		return assessment.toString();
	}

	@Override
	public UUID affectedInstitution() {
		return institution;
	}

	@Override
	public String summary() {
		return late ? "submitted after the deadline" : "submitted";
	}
}
