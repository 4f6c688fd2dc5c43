package org.mizani.catalog;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.mizani.institution.InstitutionType;

/** A group or requirement as the author edits it in a draft version. Texts may stay empty until publication. */
public record ItemForm(
		@NotNull(message = "{validation.required}") ItemKind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{catalog.validation.code}") String code,
		@Nullable @Size(max = 120, message = "{validation.size.max}") String parentCode,
		@Nullable @Size(max = 500, message = "{validation.size.max}") @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{validation.text}") String titleSw,
		@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size.max}") @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{validation.text}") String titleEn,
		@Nullable @Size(max = 10000, message = "{validation.size.max}") String statementSw,
		@Nullable @Size(max = 10000, message = "{validation.size.max}") String statementEn,
		@Nullable @Size(max = 10000, message = "{validation.size.max}") String guidanceSw,
		@Nullable @Size(max = 10000, message = "{validation.size.max}") String guidanceEn,
		@Nullable @Size(max = 5000, message = "{validation.size.max}") String evidenceSw,
		@Nullable @Size(max = 5000, message = "{validation.size.max}") String evidenceEn,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.01", message = "{catalog.validation.weight}") @DecimalMax(value = "100", message = "{catalog.validation.weight}") BigDecimal weight,
		@NotNull(message = "{validation.required}") RequirementLevel level,
		@Nullable Set<InstitutionType> applicability,
		@Nullable @Size(max = 300, message = "{validation.size.max}") @Pattern(regexp = "[\\p{L}\\p{N} ,_-]*", message = "{catalog.validation.tags}") String tags) {

	public static ItemForm of(CatalogItemView item, @Nullable String parentCode) {
		return new ItemForm(item.kind(), item.code(), parentCode, item.titleSw(), item.titleEn(), item.statementSw(),
				item.statementEn(), item.guidanceSw(), item.guidanceEn(), item.evidenceSw(), item.evidenceEn(), item.weight(),
				item.level(), item.applicability().stream().map(InstitutionType::valueOf)
					.collect(java.util.stream.Collectors.toSet()), String.join(", ", item.tags()));
	}

	public java.util.List<String> tagList() {
		if (tags == null || tags.isBlank()) {
			return java.util.List.of();
		}
		return java.util.Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty())
			.map(t -> t.length() > 60 ? t.substring(0, 60) : t).distinct().sorted().toList();
	}
}
