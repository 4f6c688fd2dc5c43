package org.mizani.project;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Actor;
import org.mizani.platform.AuditableEvent;

/** A change to a project, recorded in the audit trail ({@code action} is the audit code). */
public record ProjectActivity(String action, String entityId, @Nullable UUID affectedInstitution, String summary,
		Actor actor) implements AuditableEvent {

	@Override
	public String entityType() {
		return "project";
	}
}
