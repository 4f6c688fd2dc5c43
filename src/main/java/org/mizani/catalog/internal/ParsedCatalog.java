package org.mizani.catalog.internal;

import java.util.List;

import org.mizani.catalog.ItemKind;

/** An OSCAL catalog as Mizani stores it: items in tree order, each knowing its parent's index. */
record ParsedCatalog(String uuid, String title, String version, String oscalVersion, List<Item> items) {

	record Item(int index, Integer parentIndex, ItemKind kind, String code, String label, String sortKey, int depth,
			int position, String title, String statement, String guidance, String objectives, boolean withdrawn,
			List<Link> links) {
	}

	record Link(String targetCode, String relation) {
	}

	long count(ItemKind kind) {
		return items.stream().filter(i -> i.kind() == kind).count();
	}

	long withdrawn() {
		return items.stream().filter(Item::withdrawn).count();
	}
}
