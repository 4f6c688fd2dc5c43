package org.mizani.system.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.mizani.platform.ImportTemplate;
import org.mizani.platform.TabularFile;
import org.mizani.system.Criticality;
import org.mizani.system.DataClassification;
import org.mizani.system.Hosting;
import org.mizani.system.SystemStatus;
import org.mizani.system.SystemView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The register as a workbook, written row by row as the database streams it, and the import templates. */
@Component
class SystemExports {

	private final MessageSource messages;

	SystemExports(MessageSource messages) {
		this.messages = messages;
	}

	void xlsx(Consumer<Consumer<SystemView>> source, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Mizani", "1.0");
		Worksheet sheet = workbook.newWorksheet("Systems");
		String[] headers = { "institution", "name", "purpose", "owning_unit", "business_owner", "criticality", "hosting",
				"data_classification", "personal_data", "integrations", "public_url", "technology_stack", "vendor",
				"go_live_date", "status", "rto_minutes", "rpo_minutes", "updated_at" };
		for (int c = 0; c < headers.length; c++) {
			sheet.value(0, c, headers[c]);
		}
		int[] row = { 1 };
		source.accept(s -> {
			int r = row[0]++;
			sheet.value(r, 0, s.institutionAcronym());
			sheet.inlineString(r, 1, s.name());
			sheet.inlineString(r, 2, s.purpose());
			sheet.inlineString(r, 3, s.owningUnit());
			sheet.inlineString(r, 4, s.businessOwner());
			sheet.value(r, 5, s.criticality().name());
			sheet.value(r, 6, s.hosting().name());
			sheet.value(r, 7, s.dataClassification().name());
			sheet.value(r, 8, s.personalData());
			sheet.inlineString(r, 9, s.integrations());
			sheet.inlineString(r, 10, s.publicUrl());
			sheet.inlineString(r, 11, s.technologyStack());
			sheet.inlineString(r, 12, s.vendor());
			sheet.value(r, 13, s.goLiveDate() == null ? null : s.goLiveDate().toString());
			sheet.value(r, 14, s.status().name());
			sheet.value(r, 15, s.rtoMinutes());
			sheet.value(r, 16, s.rpoMinutes());
			sheet.value(r, 17, s.updatedAt().toString());
			TabularFile.flushEvery1000(sheet, r);
		});
		workbook.finish();
	}

	byte[] template(Locale locale) {
		java.util.Map<String, List<String[]>> codes = new java.util.LinkedHashMap<>();
		codes.put("criticality", codes(Criticality.values(), "system.criticality.", locale));
		codes.put("hosting", codes(Hosting.values(), "system.hosting.", locale));
		codes.put("data_classification", codes(DataClassification.values(), "system.classification.", locale));
		codes.put("status", codes(SystemStatus.values(), "system.status.", locale));
		return ImportTemplate.xlsx(messages.getMessage("system.import.sheet.rows", null, locale), SystemImporter.COLUMNS, codes,
				new String[] { "code", messages.getMessage("system.import.sheet.label", null, locale) });
	}

	private List<String[]> codes(Enum<?>[] values, String prefix, Locale locale) {
		return java.util.Arrays.stream(values)
			.map(v -> new String[] { v.name(), messages.getMessage(prefix + v.name(), null, locale) }).toList();
	}
}
