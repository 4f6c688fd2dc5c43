package org.mizani.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * What is wrong with a submitted form or request, as message codes and, for pages, as messages in
 * the user's language by field. Constraint messages are written as {@code {code}}; their limits
 * ({@code max}, {@code min}) become the message's first argument.
 */
public final class FormErrors {

	private final Map<String, List<String>> byField = new LinkedHashMap<>();
	private final List<String> global = new ArrayList<>();

	private FormErrors() {
	}

	public static FormErrors none() {
		return new FormErrors();
	}

	public static FormErrors of(List<FieldProblem> problems, MessageSource messages, Locale locale) {
		FormErrors errors = new FormErrors();
		for (FieldProblem problem : problems) {
			String text = messages.getMessage(problem.code(), problem.arguments(), problem.code(), locale);
			if (problem.field() == null || problem.field().isBlank()) {
				errors.global.add(text);
			}
			else {
				errors.byField.computeIfAbsent(problem.field(), f -> new ArrayList<>()).add(text);
			}
		}
		return errors;
	}

	/** The problems of a binding (type mismatches and constraint violations), as codes. */
	/** Validates a request record built by hand (not bound by Spring) and throws its problems, if any. */
	public static void requireValid(Validator validator, Object form) {
		List<FieldProblem> problems = new ArrayList<>();
		for (ConstraintViolation<Object> violation : validator.validate(form)) {
			problems.add(problem(violation));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
	}

	public static List<FieldProblem> problems(BindingResult result) {
		List<FieldProblem> problems = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			problems.add(problem(error.getField(), error));
		}
		for (ObjectError error : result.getGlobalErrors()) {
			problems.add(problem(null, error));
		}
		return problems;
	}

	/**
	 * Like {@link #problems(BindingResult)}, but when some values could not even be converted (so
	 * Spring skipped validation) also validates what did bind, so that the user sees every problem
	 * at once rather than in rounds.
	 */
	public static List<FieldProblem> problems(BindingResult result, Validator validator, @Nullable Object bound) {
		List<FieldProblem> problems = problems(result);
		Object target = bound != null ? bound : result.getTarget();
		if (target != null) {
			java.util.Set<String> reported = new java.util.HashSet<>();
			result.getFieldErrors().forEach(e -> reported.add(e.getField()));
			for (ConstraintViolation<Object> violation : validator.validate(target)) {
				if (!reported.contains(violation.getPropertyPath().toString())) {
					problems.add(problem(violation));
				}
			}
		}
		return problems;
	}

	public static FieldProblem problem(ConstraintViolation<?> violation) {
		return new FieldProblem(violation.getPropertyPath().toString(), codeOf(violation.getMessageTemplate()),
				limits(violation));
	}

	private static FieldProblem problem(String field, ObjectError error) {
		if (error.contains(ConstraintViolation.class)) {
			ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
			return new FieldProblem(field, codeOf(violation.getMessageTemplate()), limits(violation));
		}
		if (error.getCode() != null && error.getCode().startsWith("typeMismatch")) {
			return new FieldProblem(field, "validation.type");
		}
		return new FieldProblem(field, "validation.invalid");
	}

	/** Jakarta Validation's own messages, for constraints declared without one of ours. */
	private static final Map<String, String> STANDARD = Map.of(
			"jakarta.validation.constraints.NotBlank.message", "validation.required",
			"jakarta.validation.constraints.NotNull.message", "validation.required",
			"jakarta.validation.constraints.NotEmpty.message", "validation.required",
			"jakarta.validation.constraints.Size.message", "validation.size.max",
			"jakarta.validation.constraints.Min.message", "validation.min",
			"jakarta.validation.constraints.DecimalMin.message", "validation.min",
			"jakarta.validation.constraints.Max.message", "validation.max",
			"jakarta.validation.constraints.DecimalMax.message", "validation.max",
			"jakarta.validation.constraints.Email.message", "validation.email",
			"jakarta.validation.constraints.Pattern.message", "validation.invalid");

	private static String codeOf(String template) {
		String code = template != null && template.startsWith("{") && template.endsWith("}")
				? template.substring(1, template.length() - 1) : "validation.invalid";
		return STANDARD.getOrDefault(code, code);
	}

	private static Object[] limits(ConstraintViolation<?> violation) {
		Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
		String template = violation.getMessageTemplate();
		List<String> order = template != null && (template.contains(".Min.") || template.contains(".DecimalMin."))
				? List.of("value", "min", "max") : List.of("max", "min", "value");
		for (String name : order) {
			Object limit = attributes.get(name);
			if (limit instanceof Number || (name.equals("value") && limit instanceof String)) {
				return new Object[] { limit };
			}
		}
		return new Object[0];
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public List<String> get(String field) {
		return byField.getOrDefault(field, List.of());
	}

	public List<String> global() {
		return global;
	}

	public boolean isEmpty() {
		return byField.isEmpty() && global.isEmpty();
	}

	/** Every message, field ones first, for the summary at the top of a form. */
	public List<String> all() {
		List<String> all = new ArrayList<>();
		byField.values().forEach(all::addAll);
		all.addAll(global);
		return all;
	}

	public Map<String, List<String>> fields() {
		return byField;
	}
}
