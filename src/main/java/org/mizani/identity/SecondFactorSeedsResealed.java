package org.mizani.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Actor;
import org.mizani.platform.AuditableEvent;

/** The stored second-factor seeds were sealed again under the current secret key, after a key change. */
public record SecondFactorSeedsResealed(long resealed, String summary, Actor actor) implements AuditableEvent {

	@Override
	public String action() {
		return "security.secrets-resealed";
	}

	@Override
	public String entityType() {
		return "secret-key";
	}

	@Override
	public String entityId() {
		return "mfa-seeds";
	}

	@Override
	public @Nullable UUID affectedInstitution() {
		return null;
	}
}
