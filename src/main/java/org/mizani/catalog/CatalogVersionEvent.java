package org.mizani.catalog;

import java.util.UUID;

import org.mizani.platform.AuditableEvent;

/** Something that happened to a catalogue version; authority-wide, so it concerns no one institution. */
public interface CatalogVersionEvent extends AuditableEvent {

	VersionId version();

	@Override
	default String entityType() {
		return "catalog-version";
	}

	@Override
	default String entityId() {
		return version().toString();
	}

	@Override
	default UUID affectedInstitution() {
		return null;
	}
}
