package org.mizani.catalog.internal;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizani.catalog.ItemKind;
import org.mizani.catalog.RequirementLevel;
import org.mizani.platform.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationPolicyTest {

	private static NewItem requirement(String code, String statementSw, String statementEn, BigDecimal weight) {
		return new NewItem(0, null, ItemKind.REQUIREMENT, code, code, null, 0, 0, "Kichwa", "Title", statementSw, statementEn,
				null, null, null, null, null, weight, RequirementLevel.MANDATORY, List.of(), List.of(), false, List.of());
	}

	@Test
	void aCompleteBilingualVersionCanBePublished() {
		assertThat(PublicationPolicy.check(List.of(requirement("A-1", "Fanya hivi.", "Do this.", BigDecimal.ONE)), true)).isEmpty();
	}

	@Test
	void namesEveryRequirementThatBreaksARule() {
		List<FieldProblem> problems = PublicationPolicy.check(List.of(
				requirement("A-1", "", "Do this.", BigDecimal.ONE),
				requirement("A-2", "Fanya.", " ", BigDecimal.ONE),
				requirement("A-3", "Fanya.", "Do.", BigDecimal.ZERO),
				requirement("A-1", "Fanya.", "Do.", BigDecimal.ONE)), true);
		assertThat(problems).extracting(FieldProblem::code).containsExactly("catalog.publish.statement-missing-sw",
				"catalog.publish.statement-missing-en", "catalog.publish.weight", "catalog.publish.code-duplicate");
		assertThat(problems).extracting(FieldProblem::field).containsExactly("A-1", "A-2", "A-3", "A-1");
	}

	@Test
	void englishOnlyCatalogsFromOtherPublishersNeedNoKiswahili() {
		assertThat(PublicationPolicy.check(List.of(requirement("ac-1", null, "Do this.", BigDecimal.ONE)), false)).isEmpty();
	}

	@Test
	void aVersionWithoutRequirementsCannotBePublished() {
		assertThat(PublicationPolicy.check(List.of(), true)).extracting(FieldProblem::code).containsExactly("catalog.publish.empty");
	}
}
