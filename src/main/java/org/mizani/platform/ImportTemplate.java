package org.mizani.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The blank spreadsheets users download before a bulk import: the columns in order and, in the
 * workbook, one sheet per coded column listing each code with its label in the user's language.
 */
public final class ImportTemplate {

	private ImportTemplate() {
	}

	public static byte[] csv(List<String> columns) {
		return ("\uFEFF" + String.join(",", columns) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	/** {@code codeSheets}: sheet name → rows of {code, label}; {@code headers} label the two columns. */
	public static byte[] xlsx(String rowsSheet, List<String> columns, Map<String, List<String[]>> codeSheets,
			String[] headers) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Mizani", "1.0");
			Worksheet sheet = workbook.newWorksheet(rowsSheet);
			for (int c = 0; c < columns.size(); c++) {
				sheet.value(0, c, columns.get(c));
				sheet.style(0, c).bold().set();
				sheet.width(c, 22);
			}
			for (Map.Entry<String, List<String[]>> codes : codeSheets.entrySet()) {
				Worksheet list = workbook.newWorksheet(codes.getKey());
				list.value(0, 0, headers[0]);
				list.value(0, 1, headers[1]);
				list.style(0, 0).bold().set();
				list.style(0, 1).bold().set();
				int row = 1;
				for (String[] code : codes.getValue()) {
					list.value(row, 0, code[0]);
					list.value(row, 1, code[1]);
					row++;
				}
				list.width(0, 32);
				list.width(1, 40);
			}
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
