package org.mizani.assessment;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Actor;
import org.mizani.platform.AuditableEvent;

/** The authority accepted an assessment; its score is final and other modules may read it. */
public record AssessmentAccepted(AssessmentId assessment, UUID institution, @Nullable BigDecimal score, Actor actor)
		implements AuditableEvent {

	@Override
	public String action() {
		return "assessment.accepted";
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
		return "accepted with score " + (score == null ? "-" : score.toPlainString());
	}
}
