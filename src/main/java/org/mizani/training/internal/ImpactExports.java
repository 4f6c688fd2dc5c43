package org.mizani.training.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.mizani.platform.HtmlPdf;
import org.mizani.platform.Language;
import org.mizani.platform.PageResult;
import org.mizani.training.ImpactView;
import org.mizani.training.ImpactView.Change;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The impact as a workbook (comparisons, areas, trained institutions) and as a PDF report for leadership. */
@Component
class ImpactExports {

	private final ITemplateEngine templates;
	private final MessageSource messages;

	ImpactExports(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	byte[] pdf(ImpactView impact, Language language, LocalDate today) {
		Context context = new Context(language.locale());
		context.setVariables(Map.of("impact", impact, "language", language, "today", today, "rows",
				PageResult.of(impact.institutions(), 0, Math.max(1, impact.institutions().size()))));
		return HtmlPdf.render(templates.process("training/impact-pdf", context));
	}

	byte[] xlsx(ImpactView impact, Language language) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Mizani", "1.0");
			comparisons(workbook.newWorksheet(text("training.impact.sheet.comparisons", language)), impact, language);
			areas(workbook.newWorksheet(text("training.impact.sheet.areas", language)), impact, language);
			institutions(workbook.newWorksheet(text("training.impact.sheet.institutions", language)), impact, language);
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private void comparisons(Worksheet sheet, ImpactView impact, Language language) {
		header(sheet, language, "training.impact.group", "training.impact.measure", "training.impact.xlsx.trained-n",
				"training.impact.xlsx.trained-before", "training.impact.xlsx.trained-after", "training.impact.xlsx.others-n",
				"training.impact.xlsx.others-before", "training.impact.xlsx.others-after", "training.impact.xlsx.effect");
		int[] row = { 1 };
		java.util.function.BiConsumer<String, ImpactView.Comparison> group = (label, c) -> {
			measure(sheet, row[0]++, label, text("training.impact.chart.score", language), c.trainedScore(), c.otherScore(),
					c.scoreEffect());
			measure(sheet, row[0]++, label, text("training.impact.chart.incidents", language), c.trainedIncidents(),
					c.otherIncidents(), c.incidentEffect());
			measure(sheet, row[0]++, label, text("training.impact.serious", language), c.trainedSerious(), c.otherSerious(),
					c.seriousEffect());
		};
		group.accept(text("training.impact.programme", language), impact.overall());
		impact.phases().forEach(g -> group.accept(messages.getMessage("training.impact.phase", new Object[] { g.key() },
				language.locale()), g.comparison()));
		impact.sessions().forEach(g -> group.accept(g.key(), g.comparison()));
	}

	private void areas(Worksheet sheet, ImpactView impact, Language language) {
		header(sheet, language, "training.impact.area", "training.impact.measure", "training.impact.xlsx.trained-n",
				"training.impact.xlsx.trained-before", "training.impact.xlsx.trained-after", "training.impact.xlsx.others-n",
				"training.impact.xlsx.others-before", "training.impact.xlsx.others-after", "training.impact.xlsx.effect");
		int row = 1;
		for (ImpactView.AreaComparison a : impact.overall().areas()) {
			measure(sheet, row++, a.title(language), a.area(), a.trained(), a.other(), a.effect());
		}
	}

	private void institutions(Worksheet sheet, ImpactView impact, Language language) {
		header(sheet, language, "institution.field.acronym", "training.session", "training.impact.score.before",
				"training.impact.score.after", "training.impact.incidents.before", "training.impact.incidents.after",
				"training.impact.xlsx.serious-before", "training.impact.xlsx.serious-after", "training.impact.xlsx.follow-up-months",
				"training.impact.xlsx.practices", "training.impact.xlsx.solved", "training.impact.xlsx.partly",
				"training.impact.xlsx.not-solved");
		List<String> areas = impact.overall().areas().stream().map(ImpactView.AreaComparison::area).toList();
		for (int a = 0; a < areas.size(); a++) {
			sheet.value(0, 13 + 2 * a, areas.get(a) + " — " + text("training.impact.before", language));
			sheet.value(0, 14 + 2 * a, areas.get(a) + " — " + text("training.impact.after", language));
		}
		int r = 1;
		for (ImpactView.InstitutionImpact i : impact.institutions()) {
			sheet.value(r, 0, i.acronym());
			sheet.inlineString(r, 1, i.session());
			sheet.value(r, 2, i.scoreBefore());
			sheet.value(r, 3, i.scoreAfter());
			sheet.value(r, 4, i.incidentsBefore());
			sheet.value(r, 5, i.incidentsAfter());
			sheet.value(r, 6, i.seriousBefore());
			sheet.value(r, 7, i.seriousAfter());
			if (i.followUp() != null) {
				sheet.value(r, 8, i.followUp().months());
				sheet.value(r, 9, i.followUp().practicesApplied());
				sheet.value(r, 10, i.followUp().solved());
				sheet.value(r, 11, i.followUp().partlySolved());
				sheet.value(r, 12, i.followUp().notSolved());
			}
			for (int a = 0; a < areas.size(); a++) {
				sheet.value(r, 13 + 2 * a, i.areasBefore().get(areas.get(a)));
				sheet.value(r, 14 + 2 * a, i.areasAfter().get(areas.get(a)));
			}
			r++;
		}
	}

	private static void measure(Worksheet sheet, int row, String label, String measure, Change trained, Change other,
			@Nullable Double effect) {
		sheet.inlineString(row, 0, label);
		sheet.value(row, 1, measure);
		sheet.value(row, 2, trained.n());
		sheet.value(row, 3, trained.before());
		sheet.value(row, 4, trained.after());
		sheet.value(row, 5, other.n());
		sheet.value(row, 6, other.before());
		sheet.value(row, 7, other.after());
		sheet.value(row, 8, effect);
	}

	private void header(Worksheet sheet, Language language, String... keys) {
		for (int c = 0; c < keys.length; c++) {
			sheet.value(0, c, text(keys[c], language));
			sheet.style(0, c).bold().set();
		}
	}

	private String text(String key, Language language) {
		return messages.getMessage(key, null, language.locale());
	}
}
