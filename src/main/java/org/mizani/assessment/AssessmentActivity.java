package org.mizani.assessment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Actor;
import org.mizani.platform.AuditableEvent;

/**
 * A change inside an assessment or a campaign that only the audit trail needs to know about: an
 * answer saved, evidence attached, a review decision, an action moved. {@code action} is the audit code.
 */
public record AssessmentActivity(String action, String entityType, String entityId, @Nullable UUID affectedInstitution,
		String summary, Actor actor) implements AuditableEvent {
}
