package org.mizani.incident.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.mizani.incident.IncidentView;
import org.mizani.platform.HtmlPdf;
import org.mizani.platform.Language;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The incident list as a workbook (streamed row by row) and the incident report as a PDF. */
@Component
class IncidentExports {

	private final ITemplateEngine templates;

	IncidentExports(ITemplateEngine templates) {
		this.templates = templates;
	}

	void xlsx(Consumer<Consumer<IncidentView>> source, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Mizani", "1.0");
		Worksheet sheet = workbook.newWorksheet("Incidents");
		String[] headers = { "reference", "institution", "sector", "title", "class", "type", "severity", "tlp", "status",
				"detected_at", "reported_at", "triaged_at", "contained_at", "closed_at", "escalated", "reporting_overdue",
				"next_due" };
		for (int c = 0; c < headers.length; c++) {
			sheet.value(0, c, headers[c]);
		}
		int[] row = { 1 };
		source.accept(i -> {
			int r = row[0]++;
			sheet.value(r, 0, i.reference());
			sheet.value(r, 1, i.institutionAcronym());
			sheet.value(r, 2, i.sector());
			sheet.inlineString(r, 3, i.title());
			sheet.value(r, 4, i.classCode());
			sheet.value(r, 5, i.typeCode());
			sheet.value(r, 6, i.severity().name());
			sheet.value(r, 7, i.tlp().label());
			sheet.value(r, 8, i.status().name());
			sheet.value(r, 9, i.detectedAt().toString());
			sheet.value(r, 10, i.createdAt().toString());
			sheet.value(r, 11, i.triagedAt() == null ? null : i.triagedAt().toString());
			sheet.value(r, 12, i.containedAt() == null ? null : i.containedAt().toString());
			sheet.value(r, 13, i.closedAt() == null ? null : i.closedAt().toString());
			sheet.value(r, 14, i.escalated());
			sheet.value(r, 15, i.overdue());
			sheet.value(r, 16, i.nextDue() == null ? null : i.nextDue().toString());
			org.mizani.platform.TabularFile.flushEvery1000(sheet, r);
		});
		workbook.finish();
	}

	byte[] pdf(Map<String, Object> model, Language language) {
		Context context = new Context(language.locale());
		context.setVariables(model);
		context.setVariable("language", language);
		context.setVariable("times", org.mizani.platform.LocalTimes.INSTANCE);
		return HtmlPdf.render(templates.process("incident/report-pdf", context));
	}

}
