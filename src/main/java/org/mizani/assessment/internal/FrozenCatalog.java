package org.mizani.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mizani.catalog.CatalogItemView;
import org.mizani.catalog.ItemKind;
import org.mizani.catalog.RequirementLevel;

/**
 * A catalogue version's requirements as a campaign keeps them: each requirement (withdrawn ones left
 * out) with the top-level group it sits under, which is its standard area for scoring.
 */
record FrozenCatalog(List<Campaigns.Area> areas, List<Campaigns.FrozenRequirement> requirements) {

	static FrozenCatalog of(List<CatalogItemView> tree) {
		Map<UUID, CatalogItemView> byId = new HashMap<>();
		tree.forEach(i -> byId.put(i.id(), i));
		Map<String, Campaigns.Area> areas = new LinkedHashMap<>();
		List<Campaigns.FrozenRequirement> requirements = new ArrayList<>();
		int position = 0;
		for (CatalogItemView item : tree) {
			if (item.kind() != ItemKind.REQUIREMENT || item.withdrawn()) {
				continue;
			}
			CatalogItemView root = item;
			while (root.parentId() != null && byId.containsKey(root.parentId())) {
				root = byId.get(root.parentId());
			}
			CatalogItemView area = root;
			areas.computeIfAbsent(area.code(), c -> new Campaigns.Area(c, area.titleSw(), area.titleEn(), areas.size()));
			requirements.add(new Campaigns.FrozenRequirement(item.id(), item.code(), item.displayCode(), area.code(),
					item.titleSw(), item.titleEn(), item.statementSw(), item.statementEn(), item.weight(),
					item.level() == RequirementLevel.MANDATORY, item.applicability(), position++));
		}
		return new FrozenCatalog(List.copyOf(areas.values()), requirements);
	}
}
