package org.mizani.institution.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.mizani.platform.ImportReport;
import org.mizani.platform.ImportReport.Problem;
import org.mizani.institution.InstitutionDetails;
import org.mizani.institution.InstitutionType;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.FormErrors;
import org.mizani.platform.TabularFile;
import org.mizani.platform.TabularFile.Table;
import org.mizani.platform.TabularFile.TableRow;

/**
 * Turns a spreadsheet into institutions, checking every row before anything is written: required
 * columns, each value as the form would, duplicates within the file and against the register,
 * and parents named by acronym (in the register or elsewhere in the same file).
 */
class InstitutionImporter {

	/** Column names of the template, in order; the first four are required. */
	static final List<String> COLUMNS = List.of("acronym", "name_en", "name_sw", "type", "sector", "region",
			"parent_acronym", "email", "phone", "postal_address", "website", "head_name", "head_title",
			"ict_contact_name", "ict_contact_email", "ict_contact_phone");

	private static final Map<String, String> FIELD_TO_COLUMN = Map.ofEntries(Map.entry("acronym", "acronym"),
			Map.entry("nameEn", "name_en"), Map.entry("nameSw", "name_sw"), Map.entry("type", "type"),
			Map.entry("sector", "sector"), Map.entry("region", "region"), Map.entry("parentId", "parent_acronym"),
			Map.entry("email", "email"), Map.entry("phone", "phone"), Map.entry("postalAddress", "postal_address"),
			Map.entry("website", "website"), Map.entry("headName", "head_name"), Map.entry("headTitle", "head_title"),
			Map.entry("ictContactName", "ict_contact_name"), Map.entry("ictContactEmail", "ict_contact_email"),
			Map.entry("ictContactPhone", "ict_contact_phone"));

	/** A row that passed every check, with the id it will get. */
	record ValidRow(int row, UUID id, InstitutionDetails details, String parentAcronym) {
	}

	record Plan(int rowsRead, List<ValidRow> rows, List<Problem> problems) {
	}

	private final Validator validator;
	private final Institutions institutions;

	InstitutionImporter(Validator validator, Institutions institutions) {
		this.validator = validator;
		this.institutions = institutions;
	}

	Plan plan(String filename, byte[] content, int maxRows) {
		Table table;
		try {
			table = TabularFile.read(filename, content, maxRows);
		}
		catch (TabularFile.UnreadableFileException e) {
			return new Plan(0, List.of(), List.of(new Problem(0, "", e.code(), e.arguments())));
		}
		List<Problem> problems = new ArrayList<>(TabularFile.headerProblems(table, COLUMNS, 4));
		if (!problems.isEmpty()) {
			return new Plan(table.rows().size(), List.of(), problems);
		}

		Map<String, Integer> column = new HashMap<>();
		COLUMNS.forEach(c -> column.put(c, table.column(c)));
		List<ValidRow> valid = new ArrayList<>();
		Map<String, Integer> seenAcronym = new HashMap<>();
		Map<String, Integer> seenNameEn = new HashMap<>();
		Map<String, Integer> seenNameSw = new HashMap<>();
		Map<String, UUID> idsInFile = new LinkedHashMap<>();
		for (TableRow row : table.rows()) {
			int before = problems.size();
			String typeText = row.get(column.get("type"));
			InstitutionType type = parseType(typeText);
			if (type == null && !typeText.isBlank()) {
				problems.add(new Problem(row.number(), "type", "institution.import.type.unknown", typeText));
			}
			InstitutionDetails details = new InstitutionDetails(row.get(column.get("name_sw")),
					row.get(column.get("name_en")), row.get(column.get("acronym")), type, row.get(column.get("sector")),
					row.get(column.get("region")), null, row.get(column.get("email")), row.get(column.get("phone")),
					row.get(column.get("postal_address")), row.get(column.get("website")),
					row.get(column.get("head_name")), row.get(column.get("head_title")),
					row.get(column.get("ict_contact_name")), row.get(column.get("ict_contact_email")),
					row.get(column.get("ict_contact_phone")));
			for (ConstraintViolation<InstitutionDetails> violation : validator.validate(details)) {
				String field = violation.getPropertyPath().toString();
				if ("type".equals(field) && type == null && !typeText.isBlank()) {
					continue;
				}
				FieldProblem problem = FormErrors.problem(violation);
				problems.add(new Problem(row.number(), FIELD_TO_COLUMN.getOrDefault(field, field), problem.code(),
						problem.arguments()));
			}
			InstitutionDetails normalized = details.normalized();
			duplicateInFile(seenAcronym, normalized.acronym(), row.number(), "acronym", problems);
			duplicateInFile(seenNameEn, normalized.nameEn(), row.number(), "name_en", problems);
			duplicateInFile(seenNameSw, normalized.nameSw(), row.number(), "name_sw", problems);
			if (problems.size() == before) {
				for (String field : institutions.conflicts(normalized, null)) {
					problems.add(new Problem(row.number(), FIELD_TO_COLUMN.get(field), "institution.import.exists"));
				}
			}
			if (problems.size() == before) {
				UUID id = UUID.randomUUID();
				idsInFile.put(normalized.acronym().toLowerCase(Locale.ROOT), id);
				valid.add(new ValidRow(row.number(), id, normalized, row.get(column.get("parent_acronym"))));
			}
		}
		List<ValidRow> resolved = new ArrayList<>();
		for (ValidRow row : valid) {
			UUID parent = null;
			if (!row.parentAcronym().isBlank()) {
				String key = row.parentAcronym().toLowerCase(Locale.ROOT);
				parent = idsInFile.containsKey(key) ? idsInFile.get(key) : institutions.idByAcronym(key).orElse(null);
				if (parent == null) {
					problems.add(new Problem(row.row(), "parent_acronym", "institution.import.parent.unknown",
							row.parentAcronym()));
					continue;
				}
				if (parent.equals(row.id())) {
					problems.add(new Problem(row.row(), "parent_acronym", "institution.parent.self"));
					continue;
				}
			}
			InstitutionDetails d = row.details();
			resolved.add(new ValidRow(row.row(), row.id(), new InstitutionDetails(d.nameSw(), d.nameEn(), d.acronym(),
					d.type(), d.sector(), d.region(), parent, d.email(), d.phone(), d.postalAddress(), d.website(),
					d.headName(), d.headTitle(), d.ictContactName(), d.ictContactEmail(), d.ictContactPhone()),
					row.parentAcronym()));
		}
		if (problems.isEmpty() && hasCycle(resolved)) {
			problems.add(new Problem(0, "parent_acronym", "institution.import.parent.cycle"));
		}
		problems.sort(java.util.Comparator.comparingInt(Problem::row));
		return new Plan(table.rows().size(), problems.isEmpty() ? resolved : List.of(), problems);
	}

	/** Orders rows so that a parent from the same file is inserted before its children. */
	static List<ValidRow> parentsFirst(List<ValidRow> rows) {
		Map<UUID, ValidRow> byId = new LinkedHashMap<>();
		rows.forEach(r -> byId.put(r.id(), r));
		List<ValidRow> ordered = new ArrayList<>();
		Set<UUID> placed = new HashSet<>();
		for (ValidRow row : rows) {
			place(row, byId, placed, ordered);
		}
		return ordered;
	}

	private static void place(ValidRow row, Map<UUID, ValidRow> byId, Set<UUID> placed, List<ValidRow> ordered) {
		if (placed.contains(row.id())) {
			return;
		}
		placed.add(row.id());
		UUID parent = row.details().parentId();
		if (parent != null && byId.containsKey(parent)) {
			place(byId.get(parent), byId, placed, ordered);
		}
		ordered.add(row);
	}

	private static boolean hasCycle(List<ValidRow> rows) {
		Map<UUID, UUID> parentOf = new HashMap<>();
		rows.forEach(r -> parentOf.put(r.id(), r.details().parentId()));
		for (UUID start : parentOf.keySet()) {
			Set<UUID> seen = new HashSet<>();
			UUID current = start;
			while (current != null && parentOf.containsKey(current)) {
				if (!seen.add(current)) {
					return true;
				}
				current = parentOf.get(current);
			}
		}
		return false;
	}

	private static void duplicateInFile(Map<String, Integer> seen, String value, int row, String column,
			List<Problem> problems) {
		if (value == null || value.isBlank()) {
			return;
		}
		Integer first = seen.putIfAbsent(value.toLowerCase(Locale.ROOT), row);
		if (first != null) {
			problems.add(new Problem(row, column, "institution.import.duplicate", first));
		}
	}

	static InstitutionType parseType(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String code = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		for (InstitutionType type : InstitutionType.values()) {
			if (type.name().equals(code)) {
				return type;
			}
		}
		return null;
	}
}
