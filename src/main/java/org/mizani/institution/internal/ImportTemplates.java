package org.mizani.institution.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.mizani.institution.InstitutionType;
import org.springframework.context.MessageSource;

/** The downloadable import templates: the columns, and in the workbook a sheet explaining each type code. */
final class ImportTemplates {

	private ImportTemplates() {
	}

	static byte[] csv() {
		return ("\uFEFF" + String.join(",", InstitutionImporter.COLUMNS) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(MessageSource messages, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Mizani", "1.0");
			Worksheet sheet = workbook.newWorksheet(messages.getMessage("institution.import.sheet.rows", null, locale));
			for (int c = 0; c < InstitutionImporter.COLUMNS.size(); c++) {
				sheet.value(0, c, InstitutionImporter.COLUMNS.get(c));
				sheet.style(0, c).bold().set();
				sheet.width(c, 22);
			}
			Worksheet types = workbook.newWorksheet(messages.getMessage("institution.import.sheet.types", null, locale));
			types.value(0, 0, "type");
			types.value(0, 1, messages.getMessage("institution.field.type", null, locale));
			types.style(0, 0).bold().set();
			types.style(0, 1).bold().set();
			int row = 1;
			for (InstitutionType type : InstitutionType.values()) {
				types.value(row, 0, type.name());
				types.value(row, 1, messages.getMessage(type.messageKey(), null, locale));
				row++;
			}
			types.width(0, 32);
			types.width(1, 40);
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
