package org.mizani.reporting.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.FormErrors;
import org.mizani.platform.Language;
import org.mizani.platform.Measure;
import org.mizani.platform.Redirects;
import org.mizani.platform.Today;
import org.mizani.reporting.FiscalYears;
import org.mizani.reporting.ObjectiveForm;
import org.mizani.reporting.PlanForm;
import org.mizani.reporting.PlanKind;
import org.mizani.reporting.PlanProgressView;
import org.mizani.reporting.StrategicPlans;
import org.mizani.reporting.TargetForm;
import org.mizani.reporting.TargetForm.Direction;
import org.mizani.reporting.ValueForm;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The strategic plan pages: the list, a plan's tree with target against actual per fiscal year, a
 * target with its trend and the records behind a figure, the forms that write a plan, and the
 * quarterly progress report. Forms are read field by field so that every wrong value is reported at
 * once, in the user's language, and nothing is saved.
 */
@Controller
@RequestMapping("/plans")
class PlanController {

	private final StrategicPlans plans;
	private final PlanReports reports;
	private final MessageSource messages;
	private final Today today;
	private final jakarta.validation.Validator validator;

	PlanController(StrategicPlans plans, PlanReports reports, MessageSource messages, Today today,
			jakarta.validation.Validator validator) {
		this.validator = validator;
		this.plans = plans;
		this.reports = reports;
		this.messages = messages;
		this.today = today;
	}

	@GetMapping
	String list(Model model) {
		int year = FiscalYears.of(today.date());
		return list(model, new PlanForm(PlanKind.CYBER_SECURITY, "", "", year, year + 4, 90, 70), FormErrors.none());
	}

	private String list(Model model, PlanForm form, FormErrors errors) {
		model.addAttribute("plans", plans.plans());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", PlanKind.values());
		return "reporting/plans";
	}

	@PostMapping
	String create(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
		Fields f = new Fields(params);
		PlanForm form = new PlanForm(f.enumValue("kind", PlanKind.class), f.text("titleSw"), f.text("titleEn"), f.integer("firstYear"),
				f.integer("lastYear"), f.integer("onTrackPercent"), f.integer("atRiskPercent"));
		try {
			f.check(() -> plans.check(form));
			return "redirect:/plans/" + plans.create(form).id();
		}
		catch (BusinessRuleException e) {
			return list(model, form, FormErrors.of(f.with(e.problems()), messages, locale));
		}
	}

	@GetMapping("/{plan}")
	String plan(@PathVariable UUID plan, @RequestParam(required = false) String asOf, Model model) {
		LocalDate day = parseDay(asOf);
		PlanProgressView view = day == null ? plans.progress(plan) : plans.progress(plan, day);
		model.addAttribute("plan", view);
		model.addAttribute("objectiveForm", new ObjectiveForm("", "", ""));
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("currentYear", FiscalYears.of(today.date()));
		model.addAttribute("currentQuarter", (today.date().getMonthValue() + 5) % 12 / 3 + 1);
		return "reporting/plan";
	}

	private static LocalDate parseDay(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(text.strip());
			if (day.getYear() < 2000 || day.getYear() > 2100) {
				throw BusinessRuleException.onField("asOf", "plan.as-of.invalid");
			}
			return day;
		}
		catch (java.time.format.DateTimeParseException e) {
			throw BusinessRuleException.onField("asOf", "plan.as-of.invalid");
		}
	}

	@PostMapping("/{plan}/objectives")
	String addObjective(@PathVariable UUID plan, @RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
		Fields f = new Fields(params);
		ObjectiveForm form = new ObjectiveForm(f.text("code"), f.text("titleSw"), f.text("titleEn"));
		try {
			f.check(validator, form);
			plans.addObjective(plan, form);
			return "redirect:/plans/" + plan;
		}
		catch (BusinessRuleException e) {
			plan(plan, null, model);
			model.addAttribute("objectiveForm", form);
			model.addAttribute("errors", FormErrors.of(f.with(e.problems()), messages, locale));
			return "reporting/plan";
		}
	}

	@GetMapping("/{plan}/objectives/{objective}/targets/new")
	String newTarget(@PathVariable UUID plan, @PathVariable UUID objective, Model model) {
		PlanProgressView view = plans.progress(plan);
		PlanProgressView.Objective owner = objectiveOf(view, objective);
		TargetForm form = new TargetForm("", "", "", "", "", null, Measure.Unit.COUNT, Direction.HIGHER_IS_BETTER, null, null, "",
				Map.of());
		return targetForm(model, view, owner, null, -1, form, FormErrors.none());
	}

	@PostMapping("/{plan}/objectives/{objective}/targets")
	String addTarget(@PathVariable UUID plan, @PathVariable UUID objective, @RequestParam MultiValueMap<String, String> params,
			Model model, Locale locale) {
		PlanProgressView view = plans.progress(plan);
		PlanProgressView.Objective owner = objectiveOf(view, objective);
		Fields f = new Fields(params);
		TargetForm form = target(f, view);
		try {
			f.check(() -> plans.check(objective, null, form));
			UUID id = plans.addTarget(objective, form);
			return "redirect:/plans/targets/" + id;
		}
		catch (BusinessRuleException e) {
			return targetForm(model, view, owner, null, -1, form, FormErrors.of(f.with(e.problems()), messages, locale));
		}
	}

	@GetMapping("/targets/{target}/edit")
	String editTarget(@PathVariable UUID target, Model model) {
		PlanProgressView view = planOf(target);
		PlanProgressView.Target existing = view.targets().stream().filter(t -> t.id().equals(target)).findFirst().orElseThrow();
		return targetForm(model, view, objectiveHolding(view, target), target, existing.version(), plans.targetForm(target),
				FormErrors.none());
	}

	@PostMapping("/targets/{target}/edit")
	String updateTarget(@PathVariable UUID target, @RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
		PlanProgressView view = planOf(target);
		Fields f = new Fields(params);
		TargetForm form = target(f, view);
		Long version = f.longValue("version");
		try {
			f.check(() -> plans.check(objectiveHolding(view, target).id(), target, form));
			plans.updateTarget(target, form, version == null ? -1 : version);
			return "redirect:/plans/targets/" + target;
		}
		catch (BusinessRuleException e) {
			return targetForm(model, view, objectiveHolding(view, target), target, version == null ? -1 : version, form,
					FormErrors.of(f.with(e.problems()), messages, locale));
		}
		catch (ConcurrentChangeException e) {
			return targetForm(model, view, objectiveHolding(view, target), target, version == null ? -1 : version, form,
					FormErrors.of(List.of(new FieldProblem(null, "form.conflict")), messages, locale));
		}
	}

	private String targetForm(Model model, PlanProgressView plan, PlanProgressView.Objective objective, UUID target, long version,
			TargetForm form, FormErrors errors) {
		model.addAttribute("plan", plan);
		model.addAttribute("objective", objective);
		model.addAttribute("targetId", target);
		model.addAttribute("version", version);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("measures", plans.measures());
		model.addAttribute("units", Measure.Unit.values());
		model.addAttribute("directions", Direction.values());
		return "reporting/target-form";
	}

	/** A target form read from its fields; yearly targets come as {@code yearly.2021}. */
	private static TargetForm target(Fields f, PlanProgressView plan) {
		Map<Integer, BigDecimal> yearly = new TreeMap<>();
		for (int year : plan.years()) {
			BigDecimal value = f.decimal("yearly." + year, "yearly");
			if (value != null) {
				yearly.put(year, value);
			}
		}
		String measure = f.text("measureCode");
		return new TargetForm(f.text("code"), f.text("titleSw"), f.text("titleEn"), f.text("indicatorSw"), f.text("indicatorEn"),
				measure == null || measure.isBlank() ? null : measure, f.enumValue("unit", Measure.Unit.class),
				f.enumValue("direction", Direction.class), f.decimal("baseline", "baseline"), f.integer("baselineYear"), f.text("owner"),
				yearly);
	}

	@GetMapping("/targets/{target}")
	String target(@PathVariable UUID target, @RequestParam(required = false) String year, Model model) {
		PlanProgressView plan = planOf(target);
		PlanProgressView.Target view = plan.targets().stream().filter(t -> t.id().equals(target)).findFirst().orElseThrow();
		int chosen = chosenYear(year, view);
		model.addAttribute("plan", plan);
		model.addAttribute("objective", objectiveHolding(plan, target));
		model.addAttribute("target", view);
		model.addAttribute("chart", TrendChart.of(view));
		model.addAttribute("records", plans.records(target, chosen));
		model.addAttribute("chosenYear", chosen);
		model.addAttribute("valueForm", new ValueForm(Math.min(FiscalYears.of(today.date()), plan.lastYear()), null, ""));
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("canRecord", canRecord());
		return "reporting/target";
	}

	/** The year asked for when it is one of the plan's, else the latest that has begun. */
	private int chosenYear(String year, PlanProgressView.Target view) {
		int latest = view.years().stream().filter(y -> y.status() != PlanProgressView.Status.NOT_STARTED)
			.mapToInt(PlanProgressView.Year::fiscalYear).max().orElse(view.years().get(0).fiscalYear());
		if (year == null || !year.matches("\\d{4}")) {
			return latest;
		}
		int asked = Integer.parseInt(year);
		return view.years().stream().anyMatch(y -> y.fiscalYear() == asked) ? asked : latest;
	}

	private static boolean canRecord() {
		Caller caller = Caller.require();
		return caller.authority() && !(caller.roles().size() == 1 && caller.hasRole("EXECUTIVE"));
	}

	@PostMapping("/targets/{target}/values")
	String recordValue(@PathVariable UUID target, @RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
			RedirectAttributes redirect) {
		Fields f = new Fields(params);
		ValueForm form = new ValueForm(f.integer("fiscalYear"), f.decimal("value", "value"), f.text("evidence"));
		try {
			f.check(() -> plans.check(target, form));
			plans.recordValue(target, form);
			redirect.addFlashAttribute("flash", "plan.value.saved");
			return "redirect:/plans/targets/" + target + "?year=" + form.fiscalYear();
		}
		catch (BusinessRuleException e) {
			target(target, form.fiscalYear() == null ? null : String.valueOf(form.fiscalYear()), model);
			model.addAttribute("valueForm", form);
			model.addAttribute("errors", FormErrors.of(f.with(e.problems()), messages, locale));
			return "reporting/target";
		}
	}

	@GetMapping("/{plan}/report.pdf")
	ResponseEntity<byte[]> reportPdf(@PathVariable UUID plan, @RequestParam(required = false) String year,
			@RequestParam(required = false) String quarter, @RequestParam(required = false) String lang, Locale locale,
			RedirectAttributes redirect) {
		Language language = language(lang, locale);
		PlanReports.Quarter q = quarterOf(plan, year, quarter);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("plan-progress-" + q.fiscalYear() + "-q" + q.quarter() + "-" + language.code() + ".pdf").build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(reports.pdf(plans.progress(plan, q.asOf()), q, language));
	}

	@GetMapping("/{plan}/report.xlsx")
	void reportXlsx(@PathVariable UUID plan, @RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String lang, Locale locale, HttpServletResponse response) throws IOException {
		Language language = language(lang, locale);
		PlanReports.Quarter q = quarterOf(plan, year, quarter);
		PlanProgressView view = plans.progress(plan, q.asOf());
		reports.xlsx(view, q, language, org.mizani.platform.Downloads.export(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "plan-progress-" + q.fiscalYear() + "-q" + q.quarter() + "-" + language.code() + ".xlsx"));
	}

	private PlanReports.Quarter quarterOf(UUID plan, String year, String quarter) {
		if (year == null || !year.matches("\\d{4}")) {
			throw BusinessRuleException.onField("year", "plan.fiscal-year.invalid");
		}
		if (quarter == null || !quarter.matches("[1-4]")) {
			throw BusinessRuleException.onField("quarter", "plan.quarter.invalid");
		}
		return reports.quarter(plans.progress(plan), Integer.parseInt(year), Integer.parseInt(quarter));
	}

	private static Language language(String lang, Locale locale) {
		return lang != null && Language.isSupported(lang) ? Language.fromCode(lang) : Language.of(locale);
	}

	private PlanProgressView planOf(UUID target) {
		return plans.progress(plans.planOf(target));
	}

	private static PlanProgressView.Objective objectiveOf(PlanProgressView plan, UUID objective) {
		return plan.objectives().stream().filter(o -> o.id().equals(objective)).findFirst()
			.orElseThrow(() -> new org.mizani.platform.NotFoundException("objective"));
	}

	private static PlanProgressView.Objective objectiveHolding(PlanProgressView plan, UUID target) {
		return plan.objectives().stream().filter(o -> o.targets().stream().anyMatch(t -> t.id().equals(target))).findFirst()
			.orElseThrow(() -> new org.mizani.platform.NotFoundException("target"));
	}
}
