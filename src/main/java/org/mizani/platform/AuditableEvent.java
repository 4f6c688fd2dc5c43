package org.mizani.platform;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A domain event that the audit trail records. Every state-changing use case publishes one, in
 * the same transaction as the change.
 */
public interface AuditableEvent {

	/** Dotted action code, e.g. {@code institution.registered}; also the audit viewer's filter. */
	String action();

	String entityType();

	String entityId();

	/** The institution whose data changed, or {@code null} for authority-wide records. */
	@Nullable UUID affectedInstitution();

	/** A short, human-readable summary of what changed (never secrets). */
	String summary();

	Actor actor();
}
