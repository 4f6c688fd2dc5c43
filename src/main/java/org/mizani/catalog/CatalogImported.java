package org.mizani.catalog;

import org.mizani.platform.Actor;

public record CatalogImported(VersionId version, String summary, Actor actor) implements CatalogVersionEvent {

	@Override
	public String action() {
		return "catalog.imported";
	}
}
