package org.mizani.incident;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Actor;
import org.mizani.platform.AuditableEvent;

/** A change to an incident, recorded in the audit trail ({@code action} is the audit code). */
public record IncidentActivity(String action, String entityId, @Nullable UUID affectedInstitution, String summary,
		Actor actor) implements AuditableEvent {

	@Override
	public String entityType() {
		return "incident";
	}
}
