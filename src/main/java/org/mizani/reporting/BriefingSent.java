package org.mizani.reporting;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Actor;
import org.mizani.platform.AuditableEvent;

/** The monthly briefing went to the executives; the audit trail records when and to how many. */
public record BriefingSent(String month, int recipients, Actor actor) implements AuditableEvent {

	@Override
	public String action() {
		return "reporting.briefing-sent";
	}

	@Override
	public String entityType() {
		return "briefing";
	}

	@Override
	public String entityId() {
		return month;
	}

	@Override
	public @Nullable UUID affectedInstitution() {
		return null;
	}

	@Override
	public String summary() {
		return "Monthly briefing " + month + " sent to " + recipients + " executives";
	}
}
