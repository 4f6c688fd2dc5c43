package org.mizani.training;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Actor;
import org.mizani.platform.AuditableEvent;

/** A change to training records, in the audit trail ({@code action} is the audit code). */
public record TrainingActivity(String action, String entityId, @Nullable UUID affectedInstitution, String summary,
		Actor actor) implements AuditableEvent {

	@Override
	public String entityType() {
		return "training";
	}
}
