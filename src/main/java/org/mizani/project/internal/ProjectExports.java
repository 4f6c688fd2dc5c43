package org.mizani.project.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.mizani.platform.Language;
import org.mizani.project.ConditionView;
import org.mizani.project.ProjectView;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The decision letter (PDF, in the institution's language) and the portfolio export (XLSX). */
@Component
class ProjectExports {

	private final ITemplateEngine templates;

	ProjectExports(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] letter(ProjectView project, List<ConditionView> conditions, Language language) {
		Context context = new Context(language.locale());
		context.setVariable("project", project);
		context.setVariable("conditions", conditions);
		context.setVariable("language", language);
		context.setVariable("decidedOn", project.decidedAt() == null ? ""
				: project.decidedAt().atZone(org.mizani.platform.LocalTimes.ZONE).toLocalDate().toString());
		String html = templates.process("project/letter-pdf", context);
		return org.mizani.platform.HtmlPdf.render(html);
	}

	void portfolioXlsx(List<ProjectView> projects, LocalDate today, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Mizani", "1.0");
		Worksheet sheet = workbook.newWorksheet("Projects");
		String[] headers = { "institution", "sector", "reference", "title_en", "title_sw", "status", "budget_tzs",
				"funding_source", "planned_start", "planned_end", "delivery_model", "vendor", "submissions", "submitted_at",
				"review_due", "review_overdue", "decision", "go_live", "last_rag", "late" };
		for (int c = 0; c < headers.length; c++) {
			sheet.value(0, c, headers[c]);
		}
		int r = 1;
		for (ProjectView p : projects) {
			sheet.value(r, 0, p.institutionAcronym());
			sheet.value(r, 1, p.sector());
			sheet.value(r, 2, p.reference());
			sheet.inlineString(r, 3, p.titleEn());
			sheet.inlineString(r, 4, p.titleSw());
			sheet.value(r, 5, p.status().name());
			sheet.value(r, 6, p.budgetTzs());
			sheet.value(r, 7, p.fundingSource());
			date(sheet, r, 8, p.plannedStart());
			date(sheet, r, 9, p.plannedEnd());
			sheet.value(r, 10, p.deliveryModel().name());
			sheet.value(r, 11, p.vendor());
			sheet.value(r, 12, p.submissionCount());
			sheet.value(r, 13, p.submittedAt() == null ? null : p.submittedAt().toString());
			date(sheet, r, 14, p.reviewDue());
			sheet.value(r, 15, p.reviewOverdue(today));
			sheet.value(r, 16, p.decision() == null ? null : p.decision().name());
			date(sheet, r, 17, p.goLiveAt());
			sheet.value(r, 18, p.lastRag() == null ? null : p.lastRag().name());
			sheet.value(r, 19, p.late(today));
			r++;
		}
		workbook.finish();
	}

	private static void date(Worksheet sheet, int row, int column, LocalDate date) {
		if (date != null) {
			sheet.value(row, column, date.toString());
		}
	}
}
