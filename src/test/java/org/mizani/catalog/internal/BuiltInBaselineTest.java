package org.mizani.catalog.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mizani.catalog.ItemKind;
import org.mizani.institution.InstitutionType;

import static org.assertj.core.api.Assertions.assertThat;

/** The model catalogue shipped with Mizani: nine areas, at least 80 requirements, everything in both languages. */
class BuiltInBaselineTest {

	private final BuiltInBaseline.Baseline baseline = BuiltInBaseline.read();

	@Test
	void coversTheNineAreasOfTheEGovernmentStandards() {
		assertThat(baseline.items().stream().filter(i -> i.kind() == ItemKind.GROUP).map(NewItem::titleEn))
			.containsExactly("Architecture vision", "Interoperability", "Business", "Application", "Information", "Integration",
					"Infrastructure", "Security", "Process and governance");
	}

	@Test
	void hasAtLeastEightyRequirementsEachWithGuidanceAndEvidenceInBothLanguages() {
		List<NewItem> requirements = baseline.items().stream().filter(i -> i.kind() == ItemKind.REQUIREMENT).toList();
		assertThat(requirements).hasSizeGreaterThanOrEqualTo(80);
		assertThat(requirements).allSatisfy(r -> {
			assertThat(List.of(r.titleSw(), r.titleEn(), r.statementSw(), r.statementEn(), r.guidanceSw(), r.guidanceEn(),
					r.evidenceSw(), r.evidenceEn())).as(r.code()).allSatisfy(text -> assertThat(text).isNotBlank());
			assertThat(r.statementSw()).as("%s is translated, not copied", r.code()).isNotEqualTo(r.statementEn());
		});
	}

	@Test
	void passesThePublicationRulesAndNamesOnlyKnownInstitutionTypes() {
		assertThat(PublicationPolicy.check(baseline.items(), true)).isEmpty();
		Set<String> types = java.util.Arrays.stream(InstitutionType.values()).map(Enum::name).collect(Collectors.toSet());
		assertThat(baseline.items().stream().flatMap(i -> i.applicability().stream())).allMatch(types::contains);
	}

	@Test
	void saysClearlyThatItIsAModel() {
		assertThat(baseline.titleEn()).contains("model");
		assertThat(baseline.titleSw()).contains("mfano");
		assertThat(baseline.description()).contains("not an official publication");
	}

	@Test
	void itsFingerprintIsStable() {
		assertThat(BuiltInBaseline.hash(BuiltInBaseline.read())).isEqualTo(BuiltInBaseline.hash(baseline));
	}
}
