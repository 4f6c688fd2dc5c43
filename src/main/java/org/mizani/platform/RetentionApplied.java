package org.mizani.platform;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Records that the retention schedule removed what it no longer keeps (used sign-in links, old API
 * tokens, delivered events): which records, how many, and the limit that applied.
 */
public record RetentionApplied(String records, long removed, String summary, Actor actor) implements AuditableEvent {

	@Override
	public String action() {
		return "retention.applied";
	}

	@Override
	public String entityType() {
		return "retention";
	}

	@Override
	public String entityId() {
		return records;
	}

	@Override
	public @Nullable UUID affectedInstitution() {
		return null;
	}
}
