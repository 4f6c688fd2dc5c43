package org.mizani.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.mizani.assessment.ComplianceScores.AreaTitle;
import org.mizani.platform.Language;
import org.mizani.platform.TabularFile;
import org.mizani.reporting.DashboardView.Compliance;
import org.mizani.reporting.DashboardView.HeatRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The heatmap behind the dashboard as a workbook or CSV: one row per institution, one column per area. */
@Component
class DashboardExports {

	private final MessageSource messages;

	DashboardExports(MessageSource messages) {
		this.messages = messages;
	}

	private List<String> header(Compliance compliance, Language language) {
		List<String> header = new ArrayList<>(List.of(text("institution.field.acronym", language),
				text("dashboard.heatmap.campaign", language), text("dashboard.heatmap.overall", language)));
		for (AreaTitle a : compliance.areas()) {
			header.add(a.code() + " " + a.title(language));
		}
		return header;
	}

	void heatmapXlsx(Compliance compliance, Language language, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Mizani", "1.0");
		Worksheet sheet = workbook.newWorksheet(text("dashboard.heatmap", language));
		List<String> header = header(compliance, language);
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, header.get(c));
			sheet.style(0, c).bold().set();
		}
		int r = 1;
		for (HeatRow row : compliance.heatmap()) {
			sheet.value(r, 0, row.acronym());
			sheet.inlineString(r, 1, row.campaignName());
			number(sheet, r, 2, row.overall());
			int c = 3;
			for (AreaTitle a : compliance.areas()) {
				number(sheet, r, c++, row.area(a.code()));
			}
			TabularFile.flushEvery1000(sheet, r);
			r++;
		}
		workbook.finish();
	}

	private static void number(Worksheet sheet, int r, int c, @Nullable BigDecimal value) {
		if (value != null) {
			sheet.value(r, c, value);
		}
	}

	void heatmapCsv(Compliance compliance, Language language, Writer out) throws IOException {
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			csv.printRecord(header(compliance, language).stream().map(TabularFile::csvSafe).toList());
			for (HeatRow row : compliance.heatmap()) {
				List<String> cells = new ArrayList<>();
				cells.add(TabularFile.csvSafe(row.acronym()));
				cells.add(TabularFile.csvSafe(row.campaignName()));
				cells.add(plain(row.overall()));
				for (AreaTitle a : compliance.areas()) {
					cells.add(plain(row.area(a.code())));
				}
				csv.printRecord(cells);
			}
		}
	}

	private static String plain(@Nullable BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	private String text(String key, Language language) {
		return messages.getMessage(key, null, language.locale());
	}
}
