package org.mizani.project.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.platform.FieldProblem;
import org.mizani.project.AnswerView;
import org.mizani.project.Conformity;
import org.mizani.project.Decision;
import org.mizani.project.DeliveryModel;
import org.mizani.project.ProjectForm;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private static ProjectForm form(LocalDate start, LocalDate end, String budget) {
		return new ProjectForm("Jina", "Title", "Objectives", null, null, null, new BigDecimal(budget), "Budget", start, end,
				DeliveryModel.VENDOR, null, null, UUID.randomUUID());
	}

	private static AnswerView item(String code, Conformity answer, String explanation) {
		return new AnswerView(UUID.randomUUID(), code, null, code, answer, explanation, null, null);
	}

	@Test
	void rejectsAnEndBeforeTheStartAndFractionsOfACent() {
		assertThat(ProjectRules.proposal(form(TODAY, TODAY.minusDays(1), "1000.005"), TODAY)).extracting(FieldProblem::code)
			.containsExactly("project.end.before-start", "project.budget.cents");
		assertThat(ProjectRules.proposal(form(TODAY, TODAY.plusYears(1), "1000"), TODAY)).isEmpty();
	}

	@Test
	void rejectsSubmissionWithUnansweredOrUnexplainedItemsAndNamesThem() {
		List<FieldProblem> problems = ProjectRules.submission(true, List.of(item("SE-01", null, null),
				item("IG-02", Conformity.DOES_NOT_CONFORM, " "), item("AP-03", Conformity.CONFORMS, null)));
		assertThat(problems).extracting(FieldProblem::code).containsExactly("project.submit.unanswered", "project.submit.unexplained");
		assertThat(problems.get(0).arguments()).containsExactly(1, "SE-01");
		assertThat(problems.get(1).arguments()).containsExactly(1, "IG-02");
	}

	@Test
	void onlyTheHeadSubmits() {
		assertThat(ProjectRules.submission(false, List.of())).extracting(FieldProblem::code).containsExactly("project.submit.head-only");
	}

	@Test
	void aDecisionGivesReasonsAndConditionsGoWithConditionalApprovalOnly() {
		assertThat(ProjectRules.decision(Decision.APPROVED, "", List.of())).extracting(FieldProblem::code)
			.containsExactly("project.decision.reasons-required");
		assertThat(ProjectRules.decision(Decision.APPROVED_WITH_CONDITIONS, "Fine", List.of())).extracting(FieldProblem::code)
			.containsExactly("project.decision.conditions-required");
		assertThat(ProjectRules.decision(Decision.REJECTED, "No", List.of("x"))).extracting(FieldProblem::code)
			.containsExactly("project.decision.conditions-only-with-conditions");
		assertThat(ProjectRules.decision(Decision.APPROVED_WITH_CONDITIONS, "Fine", List.of("Pen test"))).isEmpty();
	}
}
