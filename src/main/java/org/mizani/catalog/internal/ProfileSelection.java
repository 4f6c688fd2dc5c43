package org.mizani.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.mizani.catalog.CatalogItemView;
import org.mizani.catalog.ItemKind;

/**
 * The part of a catalogue a profile selects: the selected controls, each under its nearest
 * included ancestor, and the groups that lead to them. Everything keeps the source's order.
 */
final class ProfileSelection {

	private ProfileSelection() {
	}

	/** The selected part as it will be stored: every field of the source items, both languages included. */
	static List<NewItem> apply(List<CatalogItemView> tree, Set<String> selected) {
		Map<UUID, CatalogItemView> byId = new HashMap<>();
		tree.forEach(i -> byId.put(i.id(), i));
		Set<UUID> keep = new HashSet<>();
		for (CatalogItemView item : tree) {
			if (item.kind() == ItemKind.REQUIREMENT && selected.contains(item.code())) {
				keep.add(item.id());
				for (UUID parent = item.parentId(); parent != null; parent = byId.get(parent).parentId()) {
					if (byId.get(parent).kind() == ItemKind.GROUP) {
						keep.add(parent);
					}
				}
			}
		}
		List<NewItem> items = new ArrayList<>();
		Map<UUID, Integer> index = new HashMap<>();
		for (CatalogItemView item : tree) {
			if (!keep.contains(item.id())) {
				continue;
			}
			UUID parent = item.parentId();
			while (parent != null && !keep.contains(parent)) {
				parent = byId.get(parent).parentId();
			}
			Integer parentIndex = parent == null ? null : index.get(parent);
			int depth = parentIndex == null ? 0 : items.get(parentIndex).depth() + 1;
			index.put(item.id(), items.size());
			items.add(new NewItem(items.size(), parentIndex, item.kind(), item.code(), item.label(), null, depth, items.size(),
					item.titleSw(), item.titleEn(), item.statementSw(), item.statementEn(), item.guidanceSw(), item.guidanceEn(),
					item.evidenceSw(), item.evidenceEn(), item.objectivesEn(), item.weight(), item.level(), item.applicability(),
					item.tags(), item.withdrawn(),
					item.links().stream().map(l -> new ParsedCatalog.Link(l.targetCode(), l.relation())).toList()));
		}
		return items;
	}
}
