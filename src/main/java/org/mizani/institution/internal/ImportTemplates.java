package org.mizani.institution.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.mizani.institution.InstitutionType;
import org.mizani.platform.ImportTemplate;
import org.springframework.context.MessageSource;

/** The downloadable import templates: the columns, and in the workbook a sheet explaining each type code. */
final class ImportTemplates {

	private ImportTemplates() {
	}

	static byte[] csv() {
		return ImportTemplate.csv(InstitutionImporter.COLUMNS);
	}

	static byte[] xlsx(MessageSource messages, Locale locale) {
		return ImportTemplate.xlsx(messages.getMessage("institution.import.sheet.rows", null, locale), InstitutionImporter.COLUMNS,
				Map.of(messages.getMessage("institution.import.sheet.types", null, locale), Arrays.stream(InstitutionType.values())
					.map(t -> new String[] { t.name(), messages.getMessage(t.messageKey(), null, locale) }).toList()),
				new String[] { "type", messages.getMessage("institution.field.type", null, locale) });
	}
}
