package org.mizani.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.mizani.catalog.DocumentKind;
import org.mizani.catalog.ItemKind;
import org.mizani.catalog.RequirementLevel;
import org.mizani.catalog.VersionStatus;

/** A published version with 20 groups of generated requirements, for the benchmarks. */
final class GeneratedCatalog {

	private static final String[] WORDS = { "records", "retention", "access", "backup", "network", "policy", "training",
			"incident", "vendor", "data" };

	private GeneratedCatalog() {
	}

	static UUID insert(Catalogs catalogs, int requirements) {
		UUID document = UUID.randomUUID();
		catalogs.insertDocument(document, "BENCH-" + document, DocumentKind.STANDARD, "Kipimo", "Benchmark", null, null, "AUTHORED");
		UUID version = UUID.randomUUID();
		catalogs.insertVersion(version, document, "1", VersionStatus.PUBLISHED, UUID.randomUUID(), null, "x");
		List<NewItem> items = new ArrayList<>();
		for (int g = 0; g < 20; g++) {
			int group = items.size();
			items.add(new NewItem(group, null, ItemKind.GROUP, "G" + g, null, null, 0, items.size(), "Kundi " + g, "Group " + g,
					null, null, null, null, null, null, null, BigDecimal.ONE, RequirementLevel.MANDATORY, List.of(), List.of(), false,
					List.of()));
			for (int r = 0; r < requirements / 20; r++) {
				String a = WORDS[(g + r) % WORDS.length];
				String b = WORDS[(g * 7 + r * 3) % WORDS.length];
				items.add(new NewItem(items.size(), group, ItemKind.REQUIREMENT, "G" + g + "-" + r, null, null, 1, items.size(),
						"Takwa kuhusu " + a, "Requirement about " + a + " and " + b, "Fanya " + a,
						"Keep " + a + " " + b + " under control.", null, "Guidance on " + b, null, null, null, BigDecimal.ONE,
						RequirementLevel.MANDATORY, List.of(), List.of(), false, List.of()));
			}
		}
		catalogs.insertItems(version, items);
		return version;
	}
}
