package org.mizani.catalog;

import org.mizani.platform.Actor;

/** A change to a draft version or its publication: {@code what} is the action suffix (draft-created, item-saved, published...). */
public record CatalogEdited(VersionId version, String what, String summary, Actor actor) implements CatalogVersionEvent {

	@Override
	public String action() {
		return "catalog." + what;
	}
}
