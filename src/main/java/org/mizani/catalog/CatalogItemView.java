package org.mizani.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

/** One node of a version's tree (in tree order, with its depth), or one requirement with its texts. */
public record CatalogItemView(UUID id, @Nullable UUID parentId, ItemKind kind, String code, @Nullable String label,
		int depth, String titleSw, String titleEn, @Nullable String statementSw, @Nullable String statementEn,
		@Nullable String guidanceSw, @Nullable String guidanceEn, @Nullable String evidenceSw,
		@Nullable String evidenceEn, @Nullable String objectivesEn, BigDecimal weight, RequirementLevel level,
		List<String> applicability, List<String> tags, boolean withdrawn, List<Link> links) {

	public record Link(String targetCode, String relation) {
	}

	public String displayCode() {
		return label != null && !label.isBlank() ? label : code;
	}

	public String title(Language language) {
		return language.pick(titleSw, titleEn);
	}

	public @Nullable String statement(Language language) {
		return language.pick(statementSw, statementEn);
	}

	public @Nullable String guidance(Language language) {
		return language.pick(guidanceSw, guidanceEn);
	}

	public @Nullable String evidence(Language language) {
		return language.pick(evidenceSw, evidenceEn);
	}

	/** Whether the text shown in this language is really in it (not the other language as a fallback). */
	public boolean translated(Language language) {
		return language == Language.EN || (titleSw != null && !titleSw.isBlank());
	}
}
