package org.mizani.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.mizani.catalog.CatalogItemView;
import org.mizani.catalog.CatalogVersionView;
import org.mizani.catalog.ItemKind;
import org.mizani.catalog.VersionDiff;

/** Compares the requirements of two versions by code, field by field (parent included, so moves show). */
final class VersionComparison {

	private VersionComparison() {
	}

	static VersionDiff compare(CatalogVersionView from, List<CatalogItemView> before, CatalogVersionView to,
			List<CatalogItemView> after) {
		Map<String, CatalogItemView> old = requirements(before);
		Map<String, CatalogItemView> current = requirements(after);
		Map<UUID, String> oldParents = codes(before);
		Map<UUID, String> newParents = codes(after);
		List<CatalogItemView> added = new ArrayList<>();
		List<CatalogItemView> removed = new ArrayList<>();
		List<VersionDiff.Changed> changed = new ArrayList<>();
		int unchanged = 0;
		for (CatalogItemView item : current.values()) {
			CatalogItemView previous = old.get(item.code());
			if (previous == null) {
				added.add(item);
				continue;
			}
			List<VersionDiff.FieldChange> fields = fields(previous, item, oldParents, newParents);
			if (fields.isEmpty()) {
				unchanged++;
			}
			else {
				changed.add(new VersionDiff.Changed(item.code(), previous, item, fields));
			}
		}
		old.values().stream().filter(item -> !current.containsKey(item.code())).forEach(removed::add);
		return new VersionDiff(from, to, added, removed, changed, unchanged);
	}

	private static List<VersionDiff.FieldChange> fields(CatalogItemView a, CatalogItemView b, Map<UUID, String> oldParents,
			Map<UUID, String> newParents) {
		List<VersionDiff.FieldChange> fields = new ArrayList<>();
		compare(fields, "titleEn", a, b, CatalogItemView::titleEn);
		compare(fields, "titleSw", a, b, CatalogItemView::titleSw);
		compare(fields, "statementEn", a, b, CatalogItemView::statementEn);
		compare(fields, "statementSw", a, b, CatalogItemView::statementSw);
		compare(fields, "guidanceEn", a, b, CatalogItemView::guidanceEn);
		compare(fields, "guidanceSw", a, b, CatalogItemView::guidanceSw);
		compare(fields, "evidenceEn", a, b, CatalogItemView::evidenceEn);
		compare(fields, "evidenceSw", a, b, CatalogItemView::evidenceSw);
		compare(fields, "weight", a, b, item -> item.weight().stripTrailingZeros().toPlainString());
		compare(fields, "level", a, b, item -> item.level().name());
		compare(fields, "applicability", a, b, item -> String.join(", ", item.applicability()));
		compare(fields, "tags", a, b, item -> String.join(", ", item.tags()));
		compare(fields, "withdrawn", a, b, item -> String.valueOf(item.withdrawn()));
		String parentBefore = a.parentId() == null ? "" : oldParents.getOrDefault(a.parentId(), "");
		String parentAfter = b.parentId() == null ? "" : newParents.getOrDefault(b.parentId(), "");
		if (!parentBefore.equals(parentAfter)) {
			fields.add(new VersionDiff.FieldChange("parent", parentBefore, parentAfter));
		}
		return fields;
	}

	private static void compare(List<VersionDiff.FieldChange> fields, String name, CatalogItemView a, CatalogItemView b,
			Function<CatalogItemView, String> field) {
		String before = Objects.toString(field.apply(a), "");
		String after = Objects.toString(field.apply(b), "");
		if (!before.equals(after)) {
			fields.add(new VersionDiff.FieldChange(name, before, after));
		}
	}

	private static Map<String, CatalogItemView> requirements(List<CatalogItemView> items) {
		Map<String, CatalogItemView> byCode = new LinkedHashMap<>();
		items.stream().filter(i -> i.kind() == ItemKind.REQUIREMENT).forEach(i -> byCode.put(i.code(), i));
		return byCode;
	}

	private static Map<UUID, String> codes(List<CatalogItemView> items) {
		Map<UUID, String> codes = new LinkedHashMap<>();
		items.forEach(i -> codes.put(i.id(), i.code()));
		return codes;
	}
}
