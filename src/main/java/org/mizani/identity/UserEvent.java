package org.mizani.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.AuditableEvent;

/** Something that happened to a user account; recorded in the audit trail. */
public interface UserEvent extends AuditableEvent {

	UserId user();

	@Nullable UUID institution();

	@Override
	default String entityType() {
		return "user";
	}

	@Override
	default String entityId() {
		return user().toString();
	}

	@Override
	default @Nullable UUID affectedInstitution() {
		return institution();
	}
}
