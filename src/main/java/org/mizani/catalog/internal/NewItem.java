package org.mizani.catalog.internal;

import java.math.BigDecimal;
import java.util.List;

import org.mizani.catalog.ItemKind;
import org.mizani.catalog.RequirementLevel;

/** A group or requirement about to be stored in a version, in tree order; {@code parentIndex} points into the same list. */
record NewItem(int index, Integer parentIndex, ItemKind kind, String code, String label, String sortKey, int depth,
		int position, String titleSw, String titleEn, String statementSw, String statementEn, String guidanceSw,
		String guidanceEn, String evidenceSw, String evidenceEn, String objectivesEn, BigDecimal weight,
		RequirementLevel level, List<String> applicability, List<String> tags, boolean withdrawn,
		List<ParsedCatalog.Link> links) {

	/** An item read from OSCAL: English only, default weight and level. */
	static NewItem of(ParsedCatalog.Item item) {
		return new NewItem(item.index(), item.parentIndex(), item.kind(), item.code(), item.label(), item.sortKey(),
				item.depth(), item.position(), null, item.title(), null, item.statement(), null, item.guidance(), null, null,
				item.objectives(), BigDecimal.ONE, RequirementLevel.MANDATORY, List.of(), List.of(), item.withdrawn(),
				item.links());
	}
}
