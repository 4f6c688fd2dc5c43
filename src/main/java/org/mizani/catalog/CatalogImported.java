package org.mizani.catalog;

import java.util.UUID;

import org.mizani.platform.Actor;
import org.mizani.platform.AuditableEvent;

public record CatalogImported(VersionId version, String summary, Actor actor) implements AuditableEvent {

	@Override
	public String action() {
		return "catalog.imported";
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
