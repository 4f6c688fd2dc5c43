package org.mizani.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.mizani.catalog.ItemKind;
import org.mizani.platform.FieldProblem;

/**
 * What a version must satisfy to be published (issue "Standards catalogue": unique codes, no empty
 * statement in either language, weights above zero). Each problem names the requirement's code.
 * Catalogs imported from OSCAL are exempt from the Kiswahili rule: their publisher writes in English.
 */
final class PublicationPolicy {

	private PublicationPolicy() {
	}

	static List<FieldProblem> check(List<NewItem> items, boolean bilingual) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		if (items.stream().noneMatch(i -> i.kind() == ItemKind.REQUIREMENT)) {
			problems.add(new FieldProblem(null, "catalog.publish.empty"));
		}
		for (NewItem item : items) {
			if (item.code() == null || item.code().isBlank()) {
				problems.add(new FieldProblem(null, "catalog.publish.code-missing", item.position() + 1));
				continue;
			}
			if (!codes.add(item.code())) {
				problems.add(new FieldProblem(item.code(), "catalog.publish.code-duplicate", item.code()));
			}
			if (blank(item.titleEn()) || (bilingual && blank(item.titleSw()))) {
				problems.add(new FieldProblem(item.code(), "catalog.publish.title-missing", item.code()));
			}
			if (item.kind() == ItemKind.REQUIREMENT && !item.withdrawn()) {
				if (blank(item.statementEn())) {
					problems.add(new FieldProblem(item.code(), "catalog.publish.statement-missing-en", item.code()));
				}
				if (bilingual && blank(item.statementSw())) {
					problems.add(new FieldProblem(item.code(), "catalog.publish.statement-missing-sw", item.code()));
				}
				if (item.weight() == null || item.weight().compareTo(BigDecimal.ZERO) <= 0) {
					problems.add(new FieldProblem(item.code(), "catalog.publish.weight", item.code()));
				}
			}
		}
		return problems;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
