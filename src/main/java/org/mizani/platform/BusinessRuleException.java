package org.mizani.platform;

import java.util.List;

/**
 * A request that is well-formed but breaks a rule of the domain. Carries message codes so that
 * the user reads the reason in their own language.
 */
public class BusinessRuleException extends RuntimeException {

	private final List<FieldProblem> problems;

	public BusinessRuleException(String messageCode, Object... arguments) {
		this(List.of(new FieldProblem(null, messageCode, arguments)));
	}

	public BusinessRuleException(List<FieldProblem> problems) {
		super(problems.isEmpty() ? "rule violated" : problems.get(0).code());
		this.problems = List.copyOf(problems);
		// every refusal of a rule or of a form's values starts here, whichever page or API answers it
		SecurityLog.refused(this.problems.stream().map(FieldProblem::code).toList());
	}

	public static BusinessRuleException onField(String field, String messageCode, Object... arguments) {
		return new BusinessRuleException(List.of(new FieldProblem(field, messageCode, arguments)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}
}
