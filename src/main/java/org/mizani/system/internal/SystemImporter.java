package org.mizani.system.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.mizani.platform.ImportReport.Problem;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.FormErrors;
import org.mizani.platform.TabularFile;
import org.mizani.platform.TabularFile.Table;
import org.mizani.platform.TabularFile.TableRow;
import org.mizani.system.Criticality;
import org.mizani.system.DataClassification;
import org.mizani.system.Hosting;
import org.mizani.system.SystemForm;
import org.mizani.system.SystemStatus;
import org.springframework.stereotype.Component;

/**
 * Turns an institution's spreadsheet into register entries, checking every row as the form would,
 * names repeated within the file or already registered, before anything is written.
 */
@Component
class SystemImporter {

	/** Column names of the template, in order; the first six are required. */
	static final List<String> COLUMNS = List.of("name", "purpose", "criticality", "hosting", "data_classification", "status",
			"owning_unit", "business_owner", "personal_data", "integrations", "public_url", "technology_stack", "vendor",
			"go_live_date", "rto_minutes", "rpo_minutes");

	private static final Map<String, String> FIELD_TO_COLUMN = Map.ofEntries(Map.entry("name", "name"),
			Map.entry("purpose", "purpose"), Map.entry("criticality", "criticality"), Map.entry("hosting", "hosting"),
			Map.entry("dataClassification", "data_classification"), Map.entry("status", "status"),
			Map.entry("owningUnit", "owning_unit"), Map.entry("businessOwner", "business_owner"),
			Map.entry("personalData", "personal_data"), Map.entry("integrations", "integrations"),
			Map.entry("publicUrl", "public_url"), Map.entry("technologyStack", "technology_stack"),
			Map.entry("vendor", "vendor"), Map.entry("goLiveDate", "go_live_date"), Map.entry("rtoMinutes", "rto_minutes"),
			Map.entry("rpoMinutes", "rpo_minutes"));

	record Plan(int rowsRead, List<SystemForm> rows, List<Problem> problems) {
	}

	private final Validator validator;
	private final Systems systems;

	SystemImporter(Validator validator, Systems systems) {
		this.validator = validator;
		this.systems = systems;
	}

	Plan plan(String filename, byte[] content, int maxRows, UUID institution, LocalDate today) {
		Table table;
		try {
			table = TabularFile.read(filename, content, maxRows);
		}
		catch (TabularFile.UnreadableFileException e) {
			return new Plan(0, List.of(), List.of(new Problem(0, "", e.code(), e.arguments())));
		}
		List<Problem> problems = new ArrayList<>(TabularFile.headerProblems(table, COLUMNS, 6));
		if (!problems.isEmpty()) {
			return new Plan(table.rows().size(), List.of(), problems);
		}
		Map<String, Integer> column = new HashMap<>();
		COLUMNS.forEach(c -> column.put(c, table.column(c)));
		Map<String, Integer> seen = new HashMap<>();
		List<SystemForm> valid = new ArrayList<>();
		for (TableRow row : table.rows()) {
			int before = problems.size();
			Cells cells = new Cells(row, column, problems);
			SystemForm form = new SystemForm(cells.text("name"), cells.text("purpose"), cells.text("owning_unit"),
					cells.text("business_owner"), cells.choice("criticality", Criticality.class),
					cells.choice("hosting", Hosting.class), cells.choice("data_classification", DataClassification.class),
					cells.yes("personal_data"), cells.text("integrations"), cells.text("public_url"),
					cells.text("technology_stack"), cells.text("vendor"), cells.date("go_live_date"),
					cells.choice("status", SystemStatus.class), cells.number("rto_minutes"), cells.number("rpo_minutes"));
			for (ConstraintViolation<SystemForm> violation : validator.validate(form)) {
				String field = violation.getPropertyPath().toString();
				String columnName = FIELD_TO_COLUMN.getOrDefault(field, field);
				if (cells.reported(columnName)) {
					continue;
				}
				FieldProblem problem = FormErrors.problem(violation);
				problems.add(new Problem(row.number(), columnName, problem.code(), problem.arguments()));
			}
			if (problems.size() == before) {
				for (FieldProblem problem : SystemRules.check(form, today)) {
					problems.add(new Problem(row.number(), FIELD_TO_COLUMN.get(problem.field()), problem.code(),
							problem.arguments()));
				}
				Integer first = seen.putIfAbsent(form.name().strip().toLowerCase(Locale.ROOT), row.number());
				if (first != null) {
					problems.add(new Problem(row.number(), "name", "import.duplicate", first));
				}
				else if (systems.nameTaken(institution, form.name(), null)) {
					problems.add(new Problem(row.number(), "name", "system.name.taken"));
				}
			}
			if (problems.size() == before) {
				valid.add(form);
			}
		}
		problems.sort(java.util.Comparator.comparingInt(Problem::row));
		return new Plan(table.rows().size(), problems.isEmpty() ? valid : List.of(), problems);
	}

	/** The cells of one row, read into typed values; a value that cannot be read is reported once. */
	private static final class Cells {

		private final TableRow row;
		private final Map<String, Integer> column;
		private final List<Problem> problems;
		private final java.util.Set<String> reported = new java.util.HashSet<>();

		Cells(TableRow row, Map<String, Integer> column, List<Problem> problems) {
			this.row = row;
			this.column = column;
			this.problems = problems;
		}

		String text(String name) {
			Integer index = column.get(name);
			return index == null || index < 0 ? "" : row.get(index);
		}

		boolean reported(String name) {
			return reported.contains(name);
		}

		private void report(String name, String code, Object... arguments) {
			reported.add(name);
			problems.add(new Problem(row.number(), name, code, arguments));
		}

		<E extends Enum<E>> @Nullable E choice(String name, Class<E> type) {
			String value = text(name);
			if (value.isBlank()) {
				return null;
			}
			String code = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(code)) {
					return constant;
				}
			}
			report(name, "import.value.unknown", value);
			return null;
		}

		boolean yes(String name) {
			String value = text(name).strip().toLowerCase(Locale.ROOT);
			if (value.isEmpty() || value.equals("no") || value.equals("hapana") || value.equals("false") || value.equals("0")) {
				return false;
			}
			if (value.equals("yes") || value.equals("ndiyo") || value.equals("true") || value.equals("1")) {
				return true;
			}
			report(name, "import.value.unknown", value);
			return false;
		}

		@Nullable LocalDate date(String name) {
			String value = text(name).strip();
			if (value.isEmpty()) {
				return null;
			}
			try {
				return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
			}
			catch (DateTimeParseException e) {
				report(name, "import.value.date", value);
				return null;
			}
		}

		@Nullable Integer number(String name) {
			String value = text(name).strip();
			if (value.isEmpty()) {
				return null;
			}
			try {
				double number = Double.parseDouble(value);
				if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
					throw new NumberFormatException(value);
				}
				return (int) number;
			}
			catch (NumberFormatException e) {
				report(name, "import.value.number", value);
				return null;
			}
		}
	}
}
