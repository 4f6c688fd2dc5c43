package org.mizani.project.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mizani.platform.FieldProblem;
import org.mizani.project.AnswerView;
import org.mizani.project.Decision;
import org.mizani.project.ProjectForm;

/**
 * Rules of the project flow (e-Government Act: public institutions submit ICT projects to the
 * authority for a standards review before they are built): a coherent proposal, a questionnaire
 * answered in full with explanations, and decisions that give reasons.
 */
final class ProjectRules {

	private ProjectRules() {
	}

	/** Dates and budget that make sense. Bean Validation has checked presence and bounds. */
	static List<FieldProblem> proposal(ProjectForm form, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (form.plannedEnd().isBefore(form.plannedStart())) {
			problems.add(new FieldProblem("plannedEnd", "project.end.before-start"));
		}
		if (form.plannedStart().isBefore(today.minusYears(5)) || form.plannedEnd().isAfter(today.plusYears(15))) {
			problems.add(new FieldProblem("plannedStart", "project.dates.out-of-range"));
		}
		if (form.budgetTzs().scale() > 2) {
			problems.add(new FieldProblem("budgetTzs", "project.budget.cents"));
		}
		return problems;
	}

	/** Every questionnaire item answered, and explained unless it conforms; names what is missing. */
	static List<FieldProblem> submission(boolean head, List<AnswerView> answers) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!head) {
			problems.add(new FieldProblem(null, "project.submit.head-only"));
		}
		List<String> unanswered = answers.stream().filter(a -> a.answer() == null).map(AnswerView::code).toList();
		if (!unanswered.isEmpty()) {
			problems.add(new FieldProblem(null, "project.submit.unanswered", unanswered.size(), String.join(", ", unanswered)));
		}
		List<String> unexplained = answers.stream()
			.filter(a -> a.answer() != null && a.answer() != org.mizani.project.Conformity.CONFORMS
					&& (a.explanation() == null || a.explanation().isBlank()))
			.map(AnswerView::code).toList();
		if (!unexplained.isEmpty()) {
			problems.add(new FieldProblem(null, "project.submit.unexplained", unexplained.size(), String.join(", ", unexplained)));
		}
		return problems;
	}

	/** A decision gives reasons; an approval with conditions names at least one. */
	static List<FieldProblem> decision(Decision decision, String reasons, List<String> conditions) {
		List<FieldProblem> problems = new ArrayList<>();
		if (reasons == null || reasons.isBlank()) {
			problems.add(new FieldProblem("reasons", "project.decision.reasons-required"));
		}
		else if (reasons.length() > 10000) {
			problems.add(new FieldProblem("reasons", "validation.size.max", 10000));
		}
		if (decision == Decision.APPROVED_WITH_CONDITIONS && conditions.isEmpty()) {
			problems.add(new FieldProblem("conditions", "project.decision.conditions-required"));
		}
		if (decision != Decision.APPROVED_WITH_CONDITIONS && !conditions.isEmpty()) {
			problems.add(new FieldProblem("conditions", "project.decision.conditions-only-with-conditions"));
		}
		if (conditions.size() > 50 || conditions.stream().anyMatch(c -> c.length() > 2000)) {
			problems.add(new FieldProblem("conditions", "validation.size.max", 2000));
		}
		return problems;
	}
}
