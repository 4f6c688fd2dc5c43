package org.mizani.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.mizani.platform.HtmlPdf;
import org.mizani.platform.Language;
import org.mizani.platform.Today;
import org.mizani.reporting.FiscalYears;
import org.mizani.reporting.PlanProgressView;
import org.mizani.reporting.PlanProgressView.Year;
import org.mizani.reporting.StrategicPlans;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The quarterly progress report of a plan, as PDF and as a workbook, in either language: every target
 * with its figure for the fiscal year up to the end of the quarter (or today, for the quarter under
 * way), what was expected by then, its status, and the actual of each earlier year of the plan.
 */
@Component
class PlanReports {

	private final StrategicPlans plans;
	private final ITemplateEngine templates;
	private final MessageSource messages;
	private final Today today;

	PlanReports(StrategicPlans plans, ITemplateEngine templates, MessageSource messages, Today today) {
		this.plans = plans;
		this.templates = templates;
		this.messages = messages;
		this.today = today;
	}

	/** A quarter of a fiscal year of the plan, and the day its figures stand on. */
	record Quarter(int fiscalYear, int quarter, LocalDate asOf) {

		String label() {
			return "Q" + quarter + " " + FiscalYears.label(fiscalYear);
		}
	}

	/** The quarter asked for, checked against the plan's period; its last day, or today while it runs. */
	Quarter quarter(PlanProgressView plan, int fiscalYear, int quarter) {
		if (fiscalYear < plan.firstYear() || fiscalYear > plan.lastYear()) {
			throw org.mizani.platform.BusinessRuleException.onField("year", "plan.yearly.outside", FiscalYears.label(fiscalYear));
		}
		if (quarter < 1 || quarter > 4) {
			throw org.mizani.platform.BusinessRuleException.onField("quarter", "plan.quarter.invalid");
		}
		LocalDate start = FiscalYears.quarterEnd(fiscalYear, quarter - 1);
		if (start.isAfter(today.date())) {
			throw org.mizani.platform.BusinessRuleException.onField("quarter", "plan.quarter.future", "Q" + quarter + " "
					+ FiscalYears.label(fiscalYear));
		}
		LocalDate last = FiscalYears.quarterEnd(fiscalYear, quarter).minusDays(1);
		return new Quarter(fiscalYear, quarter, last.isAfter(today.date()) ? today.date() : last);
	}

	byte[] pdf(PlanProgressView plan, Quarter quarter, Language language) {
		Context context = new Context(language.locale());
		Map<String, Long> counts = new java.util.HashMap<>(Map.of("ON_TRACK", 0L, "AT_RISK", 0L, "OFF_TRACK", 0L, "OTHER", 0L));
		for (PlanProgressView.Target target : plan.targets()) {
			Year year = target.year(quarter.fiscalYear());
			counts.merge(year != null && year.status().judged() ? year.status().name() : "OTHER", 1L, Long::sum);
		}
		context.setVariables(Map.of("plan", plan, "quarter", quarter, "language", language, "label", quarter.label(),
				"years", plan.years().stream().filter(y -> y <= quarter.fiscalYear()).toList(), "counts", counts));
		return HtmlPdf.render(templates.process("reporting/plan-report-pdf", context));
	}

	void xlsx(PlanProgressView plan, Quarter quarter, Language language, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Mizani", "1.0");
		Worksheet sheet = workbook.newWorksheet(text("plan.report.sheet", language));
		sheet.value(0, 0, plan.title(language) + " — " + plan.period());
		sheet.style(0, 0).bold().set();
		sheet.value(1, 0, text("plan.report.title", language, quarter.label(), quarter.asOf().toString()));
		List<Integer> years = plan.years().stream().filter(y -> y <= quarter.fiscalYear()).toList();
		List<String> header = new ArrayList<>(List.of(text("plan.objective", language), text("plan.target.code", language),
				text("plan.target.indicator", language), text("plan.target.owner", language), text("plan.target.baseline", language),
				text("plan.target.this-year", language), text("plan.expected", language), text("plan.actual", language),
				text("plan.status", language)));
		for (int year : years) {
			header.add(FiscalYears.label(year) + " " + text("plan.actual", language));
			header.add(FiscalYears.label(year) + " " + text("plan.target", language));
		}
		for (int c = 0; c < header.size(); c++) {
			sheet.value(3, c, header.get(c));
			sheet.style(3, c).bold().set();
		}
		int r = 4;
		for (PlanProgressView.Objective objective : plan.objectives()) {
			for (PlanProgressView.Target target : objective.targets()) {
				Year current = target.year(quarter.fiscalYear());
				sheet.value(r, 0, objective.code() + " " + objective.title(language));
				sheet.value(r, 1, target.code());
				sheet.value(r, 2, target.indicator(language));
				sheet.value(r, 3, target.owner());
				number(sheet, r, 4, target.baseline());
				number(sheet, r, 5, current.target());
				number(sheet, r, 6, current.expected());
				number(sheet, r, 7, current.actual());
				sheet.value(r, 8, text("plan.status." + current.status(), language));
				int c = 9;
				for (int year : years) {
					Year y = target.year(year);
					number(sheet, r, c++, y.actual());
					number(sheet, r, c++, y.target());
				}
				r++;
			}
		}
		workbook.finish();
	}

	private static void number(Worksheet sheet, int r, int c, @Nullable BigDecimal value) {
		if (value != null) {
			sheet.value(r, c, value);
		}
	}

	private String text(String key, Language language, Object... arguments) {
		return messages.getMessage(key, arguments, language.locale());
	}
}
