package org.mizani.catalog;

import java.util.UUID;

import org.mizani.platform.Actor;
import org.mizani.platform.AuditableEvent;

/** A change to a draft version or its publication: {@code what} is the action suffix (draft-created, item-saved, published...). */
public record CatalogEdited(VersionId version, String what, String summary, Actor actor) implements AuditableEvent {

	@Override
	public String action() {
		return "catalog." + what;
	}

	@Override
	public String entityType() {
		return "catalog-version";
	}

	@Override
	public String entityId() {
		return version.toString();
	}

	@Override
	public UUID affectedInstitution() {
		return null;
	}
}
