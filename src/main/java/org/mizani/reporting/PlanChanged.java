package org.mizani.reporting;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Actor;
import org.mizani.platform.AuditableEvent;

/**
 * A strategic plan was written or a value entered: {@code reporting.plan-created}, {@code reporting.objective-added},
 * {@code reporting.target-added}, {@code reporting.target-changed}, {@code reporting.value-recorded}.
 */
public record PlanChanged(String action, String entityType, UUID entity, String summary, Actor actor) implements AuditableEvent {

	@Override
	public String entityId() {
		return entity.toString();
	}

	@Override
	public @Nullable UUID affectedInstitution() {
		return null;
	}
}
