package org.mizani.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.mizani.identity.UserDirectory;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.FormErrors;
import org.mizani.platform.Measure;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.SystemCaller;
import org.mizani.platform.Today;
import org.mizani.reporting.FiscalYears;
import org.mizani.reporting.MeasureInfo;
import org.mizani.reporting.MeasureReading;
import org.mizani.reporting.ObjectiveForm;
import org.mizani.reporting.PlanChanged;
import org.mizani.reporting.PlanForm;
import org.mizani.reporting.PlanProgressView;
import org.mizani.reporting.PlanProgressView.Status;
import org.mizani.reporting.PlanProgressView.Year;
import org.mizani.reporting.PlanSummary;
import org.mizani.reporting.StrategicPlans;
import org.mizani.reporting.TargetForm;
import org.mizani.reporting.TargetRecords;
import org.mizani.reporting.ValueForm;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategic plans and their progress. Figures of computed indicators come from the {@link Measure}s the
 * modules declare, found by code at the moment of reading: a measure that has gone away leaves its
 * target marked as such, never as zero.
 */
@Service
@Transactional
class PlanService implements StrategicPlans {

	/** How many records the drill-down of a figure lists. */
	static final int RECORDS = 500;
	static final String ADMIN = "hasRole('AUTHORITY_ADMIN')";
	static final String RECORDERS = "hasAnyRole('AUTHORITY_ADMIN', 'COMPLIANCE_OFFICER', 'TRAINING_COORDINATOR', "
			+ "'SECURITY_ANALYST', 'PROJECT_REVIEWER')";

	private final StrategicPlanRecords plans;
	private final ObjectProvider<Measure> measures;
	private final Validator validator;
	private final ApplicationEventPublisher events;
	private final Today today;
	private final UserDirectory directory;

	PlanService(StrategicPlanRecords plans, ObjectProvider<Measure> measures, Validator validator, ApplicationEventPublisher events, Today today,
			UserDirectory directory) {
		this.plans = plans;
		this.measures = measures;
		this.validator = validator;
		this.events = events;
		this.today = today;
		this.directory = directory;
	}

	@Override
	@PreAuthorize(Caller.AUTHORITY_STAFF)
	@Transactional(readOnly = true)
	public List<PlanSummary> plans() {
		return plans.summaries();
	}

	@Override
	@PreAuthorize(Caller.AUTHORITY_STAFF)
	@Transactional(readOnly = true)
	public List<MeasureInfo> measures() {
		return measureByCode().values().stream().map(m -> new MeasureInfo(m.code(), m.unit())).toList();
	}

	@Override
	@PreAuthorize(Caller.AUTHORITY_STAFF)
	@Transactional(readOnly = true)
	public MeasureReading reading(String code, Measure.Period period) {
		Measure measure = measureByCode().get(code);
		if (measure == null) {
			throw new NotFoundException("measure");
		}
		return new MeasureReading(code, measure.unit(), period.from(), period.until(), measure.value(period));
	}

	@Override
	@PreAuthorize(Caller.AUTHORITY_STAFF)
	@Transactional(readOnly = true)
	public PlanProgressView progress(UUID plan) {
		return progress(plan, today.date());
	}

	@Override
	@PreAuthorize(Caller.AUTHORITY_STAFF)
	@Transactional(readOnly = true)
	public PlanProgressView progress(UUID id, LocalDate asOf) {
		StrategicPlanRecords.PlanRow plan = plans.plan(id).orElseThrow(() -> new NotFoundException("plan"));
		Progress progress = new Progress(asOf, plan.onTrack(), plan.atRisk());
		Map<String, Measure> available = measureByCode();
		Map<UUID, Map<Integer, BigDecimal>> yearly = plans.yearlyTargets(id);
		Map<UUID, Map<Integer, StrategicPlanRecords.ManualValue>> manual = plans.manualValues(id);
		Map<UUID, List<PlanProgressView.Target>> byObjective = new LinkedHashMap<>();
		for (StrategicPlanRecords.TargetRow t : plans.targets(id)) {
			byObjective.computeIfAbsent(t.objectiveId(), k -> new ArrayList<>())
				.add(target(plan, t, progress, available, yearly.getOrDefault(t.id(), Map.of()), manual.getOrDefault(t.id(), Map.of())));
		}
		List<PlanProgressView.Objective> objectives = plans.objectives(id).stream()
			.map(o -> new PlanProgressView.Objective(o.id(), o.code(), o.titleSw(), o.titleEn(), byObjective.getOrDefault(o.id(), List.of())))
			.toList();
		return new PlanProgressView(plan.id(), plan.kind(), plan.titleSw(), plan.titleEn(), plan.firstYear(), plan.lastYear(),
				plan.onTrack(), plan.atRisk(), asOf, objectives);
	}

	/** A target with each fiscal year of the plan judged. */
	private static PlanProgressView.Target target(StrategicPlanRecords.PlanRow plan, StrategicPlanRecords.TargetRow t, Progress progress, Map<String, Measure> available,
			Map<Integer, BigDecimal> yearly, Map<Integer, StrategicPlanRecords.ManualValue> manual) {
		Measure measure = t.measureCode() == null ? null : available.get(t.measureCode());
		List<Year> years = new ArrayList<>();
		for (int year = plan.firstYear(); year <= plan.lastYear(); year++) {
			years.add(year(progress, t, measure, year, yearly.get(year), manual.get(year)));
		}
		return view(t, measure != null, years);
	}

	private static Year year(Progress progress, StrategicPlanRecords.TargetRow t, Measure measure, int year, BigDecimal target,
			StrategicPlanRecords.ManualValue manual) {
		if (!progress.started(year)) {
			return progress.notStarted(year, target);
		}
		if (t.measureCode() != null && measure == null) {
			return progress.unavailable(year, target);
		}
		Measure.Figure figure = measure != null ? measure.value(progress.period(year))
				: manual == null ? null : new Measure.Figure(manual.value(), null, null);
		return progress.judge(year, target, figure, t.unit(), t.direction());
	}

	private static PlanProgressView.Target view(StrategicPlanRecords.TargetRow t, boolean measureAvailable, List<Year> years) {
		return new PlanProgressView.Target(t.id(), t.code(), t.titleSw(), t.titleEn(), t.indicatorSw(), t.indicatorEn(), t.unit(),
				t.direction(), t.measureCode(), t.measureCode() == null || measureAvailable, t.baseline(), t.baselineYear(), t.owner(),
				t.version(), years);
	}

	@Override
	@PreAuthorize(ADMIN)
	@Transactional(readOnly = true)
	public List<FieldProblem> check(PlanForm form) {
		List<FieldProblem> problems = violations(form);
		if (form.firstYear() != null && form.lastYear() != null) {
			if (form.lastYear() < form.firstYear()) {
				add(problems, new FieldProblem("lastYear", "plan.years.order"));
			}
			else if (form.lastYear() - form.firstYear() >= 10) {
				add(problems, new FieldProblem("lastYear", "plan.years.too-long"));
			}
		}
		if (form.atRiskPercent() != null && form.onTrackPercent() != null && form.atRiskPercent() >= form.onTrackPercent()) {
			add(problems, new FieldProblem("atRiskPercent", "plan.thresholds.order"));
		}
		return problems;
	}

	@Override
	@PreAuthorize(ADMIN)
	public PlanSummary create(PlanForm form) {
		List<FieldProblem> problems = check(form);
		if (problems.isEmpty()) {
			plans.overlapping(form.kind(), form.firstYear(), form.lastYear()).stream().findFirst().ifPresent(other -> problems.add(
					new FieldProblem("firstYear", "plan.overlap", other.titleSw() + " / " + other.titleEn(),
							FiscalYears.label(other.firstYear()) + " – " + FiscalYears.label(other.lastYear()))));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		UUID id = UUID.randomUUID();
		plans.insertPlan(id, form);
		events.publishEvent(new PlanChanged("reporting.plan-created", "strategic-plan", id,
				form.titleEn().strip() + " (" + FiscalYears.label(form.firstYear()) + " – " + FiscalYears.label(form.lastYear()) + ")",
				Actor.current()));
		return plans.summaries().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
	}

	@Override
	@PreAuthorize(ADMIN)
	public UUID addObjective(UUID plan, ObjectiveForm form) {
		plans.plan(plan).orElseThrow(() -> new NotFoundException("plan"));
		FormErrors.requireValid(validator, form);
		if (plans.objectiveCodeTaken(plan, form.code().strip())) {
			throw BusinessRuleException.onField("code", "plan.code.taken");
		}
		UUID id = UUID.randomUUID();
		plans.insertObjective(id, plan, form);
		events.publishEvent(new PlanChanged("reporting.objective-added", "strategic-plan", plan,
				"Objective " + form.code().strip() + ": " + form.titleEn().strip(), Actor.current()));
		return id;
	}

	@Override
	@PreAuthorize(ADMIN)
	public UUID addTarget(UUID objective, TargetForm form) {
		StrategicPlanRecords.ObjectiveRow owner = plans.objective(objective).orElseThrow(() -> new NotFoundException("objective"));
		requireNoProblems(check(objective, null, form));
		Measure.Unit unit = unitOf(form);
		UUID id = UUID.randomUUID();
		plans.insertTarget(id, objective, form, unit);
		events.publishEvent(new PlanChanged("reporting.target-added", "strategic-plan", owner.planId(),
				"Target " + form.code().strip() + ": " + form.indicatorEn().strip() + source(form), Actor.current()));
		return id;
	}

	@Override
	@PreAuthorize(ADMIN)
	public void updateTarget(UUID target, TargetForm form, long expectedVersion) {
		StrategicPlanRecords.TargetRow existing = plans.target(target).orElseThrow(() -> new NotFoundException("target"));
		StrategicPlanRecords.ObjectiveRow owner = plans.objective(existing.objectiveId()).orElseThrow();
		requireNoProblems(check(owner.id(), target, form));
		Measure.Unit unit = unitOf(form);
		if (!plans.updateTarget(target, expectedVersion, form, unit)) {
			throw new ConcurrentChangeException("target");
		}
		events.publishEvent(new PlanChanged("reporting.target-changed", "strategic-plan", owner.planId(),
				"Target " + form.code().strip() + ": " + form.indicatorEn().strip() + source(form) + " yearly " + form.yearly(),
				Actor.current()));
	}

	private static String source(TargetForm form) {
		return form.computed() ? " (computed: " + form.measureCode().strip() + ")" : " (entered by hand)";
	}

	@Override
	@PreAuthorize(ADMIN)
	@Transactional(readOnly = true)
	public List<FieldProblem> check(UUID objective, @Nullable UUID target, TargetForm form) {
		StrategicPlanRecords.ObjectiveRow owner = plans.objective(objective).orElseThrow(() -> new NotFoundException("objective"));
		StrategicPlanRecords.PlanRow plan = plans.plan(owner.planId()).orElseThrow();
		List<FieldProblem> problems = violations(form);
		Measure.Unit unit = unitOf(form);
		if (form.computed() && unit == null) {
			add(problems, new FieldProblem("measureCode", "plan.measure.unknown", form.measureCode().strip()));
		}
		else if (!form.computed() && unit == null) {
			add(problems, new FieldProblem("unit", "plan.unit.required"));
		}
		if (form.code() != null && !form.code().isBlank() && plans.targetCodeTaken(objective, form.code().strip(), target)) {
			add(problems, new FieldProblem("code", "plan.code.taken"));
		}
		if (form.yearly().isEmpty()) {
			add(problems, new FieldProblem("yearly", "plan.yearly.required"));
		}
		for (Map.Entry<Integer, BigDecimal> year : form.yearly().entrySet()) {
			if (year.getKey() < plan.firstYear() || year.getKey() > plan.lastYear()) {
				problems.add(new FieldProblem("yearly", "plan.yearly.outside", FiscalYears.label(year.getKey())));
			}
			else if (unit != null && unit != Measure.Unit.COUNT && year.getValue() != null
					&& year.getValue().compareTo(BigDecimal.valueOf(100)) > 0) {
				problems.add(new FieldProblem("yearly", "plan.yearly.percent", FiscalYears.label(year.getKey())));
			}
		}
		return problems;
	}

	/** The unit a target is measured in: its measure's when computed (none when the measure is unknown), else its own. */
	private Measure.@Nullable Unit unitOf(TargetForm form) {
		if (!form.computed()) {
			return form.unit();
		}
		Measure measure = measureByCode().get(form.measureCode().strip());
		return measure == null ? null : measure.unit();
	}

	private void requireNoProblems(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
	}

	/** The form's constraint violations, as problems. */
	private List<FieldProblem> violations(Object form) {
		List<FieldProblem> problems = new ArrayList<>();
		validator.validate(form).forEach(v -> {
			FieldProblem problem = FormErrors.problem(v);
			// a map's entries ("yearly[2021]") are reported on the map's field
			add(problems, new FieldProblem(problem.field() == null ? null : problem.field().replaceAll("\\[.*", ""), problem.code(),
					problem.arguments()));
		});
		return problems;
	}

	/** Adds a problem unless its field already has one (one message per field is enough to act on). */
	private static void add(List<FieldProblem> problems, FieldProblem problem) {
		if (problem.field() == null || problems.stream().noneMatch(p -> problem.field().equals(p.field()))) {
			problems.add(problem);
		}
	}

	@Override
	@PreAuthorize(ADMIN)
	@Transactional(readOnly = true)
	public TargetForm targetForm(UUID target) {
		StrategicPlanRecords.TargetRow t = plans.target(target).orElseThrow(() -> new NotFoundException("target"));
		return new TargetForm(t.code(), t.titleSw(), t.titleEn(), t.indicatorSw(), t.indicatorEn(), t.measureCode(), t.unit(),
				t.direction(), t.baseline(), t.baselineYear(), t.owner(), plans.yearlyTargetsOf(target));
	}

	@Override
	@PreAuthorize(Caller.AUTHORITY_STAFF)
	@Transactional(readOnly = true)
	public UUID planOf(UUID target) {
		plans.target(target).orElseThrow(() -> new NotFoundException("target"));
		return plans.planOfTarget(target);
	}

	@Override
	@PreAuthorize(RECORDERS)
	@Transactional(readOnly = true)
	public List<FieldProblem> check(UUID target, ValueForm form) {
		StrategicPlanRecords.TargetRow t = plans.target(target).orElseThrow(() -> new NotFoundException("target"));
		StrategicPlanRecords.PlanRow plan = plans.plan(plans.planOfTarget(target)).orElseThrow();
		List<FieldProblem> problems = violations(form);
		if (t.measureCode() != null) {
			problems.add(0, new FieldProblem(null, "plan.value.computed"));
		}
		if (form.fiscalYear() != null) {
			if (form.fiscalYear() < plan.firstYear() || form.fiscalYear() > plan.lastYear()) {
				add(problems, new FieldProblem("fiscalYear", "plan.yearly.outside", FiscalYears.label(form.fiscalYear())));
			}
			else if (FiscalYears.start(form.fiscalYear()).isAfter(today.date())) {
				add(problems, new FieldProblem("fiscalYear", "plan.value.future", FiscalYears.label(form.fiscalYear())));
			}
		}
		if (form.value() != null && t.unit() != Measure.Unit.COUNT && form.value().compareTo(BigDecimal.valueOf(100)) > 0) {
			add(problems, new FieldProblem("value", "plan.value.percent"));
		}
		return problems;
	}

	@Override
	@PreAuthorize(RECORDERS)
	public void recordValue(UUID target, ValueForm form) {
		requireNoProblems(check(target, form));
		StrategicPlanRecords.TargetRow t = plans.target(target).orElseThrow();
		StrategicPlanRecords.PlanRow plan = plans.plan(plans.planOfTarget(target)).orElseThrow();
		plans.saveManualValue(target, form.fiscalYear(), form.value(), form.evidence().strip(), Caller.require().userId());
		events.publishEvent(new PlanChanged("reporting.value-recorded", "strategic-plan", plan.id(),
				"Target " + t.code() + " " + FiscalYears.label(form.fiscalYear()) + ": " + form.value().toPlainString(), Actor.current()));
	}

	@Override
	@PreAuthorize(Caller.AUTHORITY_STAFF)
	@Transactional(readOnly = true)
	public TargetRecords records(UUID target, int fiscalYear) {
		StrategicPlanRecords.TargetRow row = plans.target(target).orElseThrow(() -> new NotFoundException("target"));
		UUID planId = plans.planOfTarget(target);
		StrategicPlanRecords.PlanRow plan = plans.plan(planId).orElseThrow();
		Progress progress = new Progress(today.date(), plan.onTrack(), plan.atRisk());
		Map<Integer, StrategicPlanRecords.ManualValue> values = plans.manualValues(planId).getOrDefault(target, Map.of());
		PlanProgressView.Target view = target(plan, row, progress, measureByCode(), plans.yearlyTargetsOf(target), values);
		Year year = view.years().stream().filter(y -> y.fiscalYear() == fiscalYear).findFirst()
			.orElseThrow(() -> new NotFoundException("year"));
		if (view.computed()) {
			Measure measure = measureByCode().get(view.measureCode());
			if (measure == null || year.status() == Status.NOT_STARTED) {
				return new TargetRecords(view, year, List.of(), false, null, null, null, null);
			}
			List<Measure.Entry> entries = measure.records(progress.period(fiscalYear), RECORDS + 1);
			return new TargetRecords(view, year, entries.stream().limit(RECORDS).toList(), entries.size() > RECORDS, null, null, null,
					null);
		}
		StrategicPlanRecords.ManualValue manual = values.get(fiscalYear);
		if (manual == null) {
			return new TargetRecords(view, year, List.of(), false, null, null, null, null);
		}
		String by = Optional.ofNullable(directory.contacts(List.of(manual.recordedBy())).get(manual.recordedBy()))
			.map(UserDirectory.Contact::fullName).orElse(SystemCaller.SYSTEM.equals(manual.recordedBy()) ? "Mizani" : "");
		return new TargetRecords(view, year, List.of(), false, manual.value(), manual.evidence(), by, manual.recordedAt().toInstant());
	}

	/** The measures on offer now, by code (a module may have dropped one since a plan named it). */
	private Map<String, Measure> measureByCode() {
		Map<String, Measure> byCode = new java.util.TreeMap<>();
		measures.orderedStream().forEach(m -> byCode.put(m.code(), m));
		return byCode;
	}
}
