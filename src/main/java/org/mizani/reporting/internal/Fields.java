package org.mizani.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.FormErrors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.util.MultiValueMap;

/**
 * A submitted form read field by field: empty fields are {@code null}, values that are not of their
 * type become problems ({@code validation.type}) reported together with the form's other problems.
 */
final class Fields {

	private final MultiValueMap<String, String> params;
	private final List<FieldProblem> problems = new ArrayList<>();

	Fields(MultiValueMap<String, String> params) {
		this.params = params;
	}

	@Nullable String text(String name) {
		String value = params.getFirst(name);
		return value == null ? null : value.strip();
	}

	@Nullable Integer integer(String name) {
		String value = text(name);
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (!value.matches("-?\\d{1,9}")) {
			problems.add(new FieldProblem(name, "validation.type"));
			return null;
		}
		return Integer.valueOf(value);
	}

	@Nullable Long longValue(String name) {
		String value = text(name);
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (!value.matches("-?\\d{1,18}")) {
			problems.add(new FieldProblem(name, "validation.type"));
			return null;
		}
		return Long.valueOf(value);
	}

	/** A decimal number (a comma accepted as the decimal mark); its problem is reported on {@code field}. */
	@Nullable BigDecimal decimal(String name, String field) {
		String value = text(name);
		if (value == null || value.isEmpty()) {
			return null;
		}
		String normalised = value.replace(',', '.');
		if (!normalised.matches("-?\\d{1,12}(\\.\\d{1,4})?")) {
			problems.add(new FieldProblem(field, "validation.type"));
			return null;
		}
		return new BigDecimal(normalised);
	}

	<E extends Enum<E>> @Nullable E enumValue(String name, Class<E> type) {
		String value = text(name);
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			problems.add(new FieldProblem(name, "validation.type"));
			return null;
		}
	}

	/**
	 * Throws the problems of reading, if any, together with the other problems of the form that
	 * {@code others} finds (without saving), so that the user sees every problem at once and nothing goes further.
	 */
	void check(java.util.function.Supplier<List<FieldProblem>> others) {
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(with(others.get()));
		}
	}

	/** Like {@link #check(java.util.function.Supplier)}, with the form's constraint violations as the other problems. */
	void check(Validator validator, Object form) {
		if (problems.isEmpty()) {
			return;
		}
		List<FieldProblem> all = new ArrayList<>(problems);
		for (ConstraintViolation<Object> violation : validator.validate(form)) {
			FieldProblem problem = FormErrors.problem(violation);
			if (all.stream().noneMatch(p -> p.field() != null && p.field().equals(problem.field()))) {
				all.add(problem);
			}
		}
		throw new BusinessRuleException(all);
	}

	/** The reading problems followed by {@code others} (without repeating a field already reported). */
	List<FieldProblem> with(List<FieldProblem> others) {
		List<FieldProblem> all = new ArrayList<>(problems);
		for (FieldProblem other : others) {
			if (all.stream().noneMatch(p -> p.field() != null && p.field().equals(other.field()))) {
				all.add(other);
			}
		}
		return all;
	}
}
