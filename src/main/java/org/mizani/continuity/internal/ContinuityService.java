package org.mizani.continuity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.continuity.ContinuityActivity;
import org.mizani.continuity.ContinuityManagement;
import org.mizani.continuity.DrillForm;
import org.mizani.continuity.DrillView;
import org.mizani.continuity.PlanForm;
import org.mizani.continuity.PlanView;
import org.mizani.continuity.Readiness;
import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement;
import org.mizani.platform.Actor;
import org.mizani.platform.Attachments;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.FileStore;
import org.mizani.platform.MalwareScanner;
import org.mizani.platform.FormErrors;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.Today;
import org.mizani.system.RecoveryPlanCoverage;
import org.mizani.system.SystemId;
import org.mizani.system.SystemRegister;
import org.mizani.system.SystemSummary;
import org.mizani.system.SystemView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ContinuityService implements ContinuityManagement, RecoveryPlanCoverage {

	static final String INSTITUTION = "hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')";

	private final Plans plans;
	private final SystemRegister systems;
	private final InstitutionManagement institutions;
	private final FileStore files;
	private final MalwareScanner scanner;
	private final ApplicationEventPublisher events;
	private final Today today;
	private final int reviewMonths;
	private final long maxFileBytes;
	private final jakarta.validation.Validator validator;

	ContinuityService(Plans plans, SystemRegister systems, InstitutionManagement institutions, FileStore files, MalwareScanner scanner,
			ApplicationEventPublisher events, Today today, @Value("${mizani.continuity.review-months:12}") int reviewMonths,
			@Value("${mizani.continuity.file.max-bytes:20971520}") long maxFileBytes, jakarta.validation.Validator validator) {
		this.validator = validator;
		this.plans = plans;
		this.systems = systems;
		this.institutions = institutions;
		this.files = files;
		this.scanner = scanner;
		this.events = events;
		this.today = today;
		this.reviewMonths = reviewMonths;
		this.maxFileBytes = maxFileBytes;
	}

	@Override
	public Set<UUID> systemsWithPlan() {
		return plans.systemsWithPlan();
	}

	private static @Nullable UUID only(@Nullable UUID institution) {
		Caller caller = Caller.require();
		if (caller.authority()) {
			return institution;
		}
		return caller.institutionId() == null ? new UUID(0, 0) : caller.institutionId();
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<PlanView> plans(@Nullable UUID institution) {
		return named(plans.plans(only(institution)));
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public PlanView plan(UUID plan) {
		PlanView view = plans.find(plan).orElseThrow(() -> new NotFoundException("plan"));
		if (!Caller.require().canAccess(view.institutionId())) {
			throw new NotFoundException("plan");
		}
		return named(List.of(view)).get(0);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public Optional<PlanView> planForSystem(UUID system) {
		systems.get(new SystemId(system));
		return plans.forSystem(system).map(p -> named(List.of(p)).get(0));
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public PlanView savePlan(UUID system, PlanForm form, long expectedVersion) {
		SystemView registered = systems.get(new SystemId(system));
		own(registered.institutionId());
		FormErrors.requireValid(validator, form);
		List<FieldProblem> problems = new ArrayList<>();
		Integer rto = form.rtoMinutes() != null ? form.rtoMinutes() : registered.rtoMinutes();
		Integer rpo = form.rpoMinutes() != null ? form.rpoMinutes() : registered.rpoMinutes();
		if (rto == null) {
			problems.add(new FieldProblem("rtoMinutes", "continuity.target.required"));
		}
		if (rpo == null) {
			problems.add(new FieldProblem("rpoMinutes", "continuity.target.required"));
		}
		LocalDate date = today.date();
		if (form.lastReviewed().isAfter(date)) {
			problems.add(new FieldProblem("lastReviewed", "continuity.date.future"));
		}
		if (form.lastReviewed().isBefore(LocalDate.of(2000, 1, 1))) {
			problems.add(new FieldProblem("lastReviewed", "continuity.date.past"));
		}
		LocalDate next = form.nextReviewDue() != null ? form.nextReviewDue() : form.lastReviewed().plusMonths(reviewMonths);
		if (next.isBefore(form.lastReviewed()) || next.isAfter(form.lastReviewed().plusYears(5))) {
			problems.add(new FieldProblem("nextReviewDue", "continuity.review.range"));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		Optional<PlanView> existing = plans.forSystem(system);
		UUID id;
		if (existing.isPresent()) {
			id = existing.get().id();
			if (!plans.update(id, form, rto, rpo, next, expectedVersion)) {
				throw new ConcurrentChangeException("plan");
			}
			audit("continuity.plan-updated", id, registered.institutionId(), registered.name() + " RTO " + rto + " RPO " + rpo);
		}
		else {
			id = UUID.randomUUID();
			plans.insert(id, registered.institutionId(), system, form, rto, rpo, next);
			audit("continuity.plan-created", id, registered.institutionId(), registered.name() + " RTO " + rto + " RPO " + rpo);
		}
		return plan(id);
	}

	/** The record's institution must be the caller's own: the authority reads plans but never writes them. */
	private static void own(UUID institution) {
		Caller caller = Caller.require();
		if (caller.authority() || !institution.equals(caller.institutionId())) {
			throw new NotFoundException("plan");
		}
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public PlanView attachDocument(UUID plan, String filename, InputStream content) throws IOException {
		PlanView view = plan(plan);
		own(view.institutionId());
		Attachments.Accepted file = Attachments.accept(files, scanner, filename, content, maxFileBytes);
		plans.document(plan, file.sha256(), file.filename(), file.mediaType(), file.size());
		audit("continuity.plan-document", plan, view.institutionId(), view.systemName() + " " + file.filename() + " (sha256 "
				+ file.sha256() + ")");
		return plan(plan);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public Document document(UUID plan) {
		plan(plan);
		String[] document = plans.documentOf(plan).orElseThrow(() -> new NotFoundException("document"));
		return new Document(document[1], document[2], Long.parseLong(document[3]));
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public InputStream openDocument(UUID plan) throws IOException {
		plan(plan);
		String[] document = plans.documentOf(plan).orElseThrow(() -> new NotFoundException("document"));
		return files.open(document[0]);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<DrillView> drills(UUID plan) {
		plan(plan);
		Map<String, Object> params = new HashMap<>();
		params.put("plan", plan);
		return namedDrills(plans.drills(" where plan_id = :plan", params, 500));
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<DrillView> failedDrills(@Nullable UUID institution, int limit) {
		Map<String, Object> params = new HashMap<>();
		UUID only = only(institution);
		params.put("i", only == null ? new UUID(0, 0) : only);
		return namedDrills(plans.drills(" where not passed" + (only == null ? "" : " and institution_id = :i"), params,
				Math.max(1, Math.min(limit, 500))));
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public DrillView drill(UUID drill) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", drill);
		DrillView view = plans.drills(" where id = :id", params, 1).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("drill"));
		if (!Caller.require().canAccess(view.institutionId())) {
			throw new NotFoundException("drill");
		}
		return namedDrills(List.of(view)).get(0);
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public DrillView recordDrill(UUID plan, DrillForm form) {
		PlanView view = plan(plan);
		own(view.institutionId());
		FormErrors.requireValid(validator, form);
		if (form.heldOn().isAfter(today.date())) {
			throw BusinessRuleException.onField("heldOn", "continuity.date.future");
		}
		if (form.heldOn().isBefore(LocalDate.of(2000, 1, 1))) {
			throw BusinessRuleException.onField("heldOn", "continuity.date.past");
		}
		boolean passed = DrillResult.passed(form.achievedRtoMinutes(), form.achievedRpoMinutes(), view.rtoMinutes(),
				view.rpoMinutes());
		UUID id = UUID.randomUUID();
		plans.insertDrill(id, view, form, passed, Caller.require().userId());
		audit("continuity.drill-recorded", id, view.institutionId(), view.systemName() + " " + form.scenario() + " on "
				+ form.heldOn() + ": RTO " + form.achievedRtoMinutes() + "/" + view.rtoMinutes() + ", RPO "
				+ form.achievedRpoMinutes() + "/" + view.rpoMinutes() + (passed ? " passed" : " failed"));
		return drill(id);
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public void addAction(UUID drill, String description, String owner, LocalDate dueOn) {
		DrillView view = drill(drill);
		own(view.institutionId());
		List<FieldProblem> problems = new ArrayList<>();
		if (description == null || description.isBlank() || description.length() > 5000) {
			problems.add(new FieldProblem("description", "continuity.action.description"));
		}
		if (owner == null || owner.isBlank() || owner.length() > 200) {
			problems.add(new FieldProblem("owner", "continuity.action.owner"));
		}
		if (dueOn == null || dueOn.isBefore(view.heldOn()) || dueOn.isAfter(today.date().plusYears(3))) {
			problems.add(new FieldProblem("dueOn", "continuity.action.due"));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		plans.insertAction(drill, view.institutionId(), description.strip(), owner.strip(), dueOn);
		audit("continuity.action-added", drill, view.institutionId(), view.systemName() + ": " + description.strip());
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public void completeAction(UUID drill, UUID action) {
		DrillView view = drill(drill);
		own(view.institutionId());
		if (!plans.completeAction(drill, action)) {
			throw new NotFoundException("action");
		}
		audit("continuity.action-done", drill, view.institutionId(), view.systemName() + " action " + action);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public Readiness readiness(@Nullable UUID institution) {
		List<SystemSummary> critical = systems.critical(institution);
		Map<UUID, PlanView> planBySystem = new HashMap<>();
		plans.plans(only(institution)).forEach(p -> planBySystem.put(p.systemId(), p));
		LocalDate date = today.date();
		Map<UUID, long[]> drills = plans.drillCounts(date.minusMonths(12));
		Map<UUID, long[]> perInstitution = new LinkedHashMap<>();
		for (SystemSummary system : critical) {
			long[] row = perInstitution.computeIfAbsent(system.institutionId(), k -> new long[6]);
			PlanView plan = planBySystem.get(system.id().value());
			long[] drilled = drills.getOrDefault(system.id().value(), new long[2]);
			row[0]++;
			if (plan != null) {
				row[1]++;
				row[2] += drilled[0] > 0 ? 1 : 0;
				row[3] += Boolean.TRUE.equals(plan.lastDrillPassed()) ? 1 : 0;
				row[4] += plan.reviewOverdue(date) ? 1 : 0;
			}
			row[5] += drilled[1];
		}
		Map<InstitutionId, String> acronyms = institutions.acronyms(perInstitution.keySet().stream().map(InstitutionId::new).toList());
		List<Readiness.Coverage> rows = new ArrayList<>();
		long[] total = new long[6];
		perInstitution.forEach((id, r) -> {
			rows.add(new Readiness.Coverage(id, acronyms.getOrDefault(new InstitutionId(id), ""), r[0], r[1], r[2], r[3], r[4], r[5]));
			for (int i = 0; i < 6; i++) {
				total[i] += r[i];
			}
		});
		rows.sort(java.util.Comparator.comparingDouble((Readiness.Coverage r) -> r.percent(r.withPlan()) == null ? 0 : r.percent(r.withPlan()))
			.thenComparing(Readiness.Coverage::acronym));
		return new Readiness(new Readiness.Coverage(null, "", total[0], total[1], total[2], total[3], total[4], total[5]), rows);
	}

	private List<PlanView> named(List<PlanView> list) {
		Map<UUID, SystemSummary> names = systems.summaries(list.stream().map(PlanView::systemId).toList());
		Map<InstitutionId, String> acronyms = acronyms(list.stream().map(PlanView::institutionId).toList());
		return list.stream().map(p -> new PlanView(p.id(), p.institutionId(), acronyms.getOrDefault(new InstitutionId(p.institutionId()), ""),
				p.systemId(), names.containsKey(p.systemId()) ? names.get(p.systemId()).name() : "",
				names.containsKey(p.systemId()) ? names.get(p.systemId()).criticality().name() : "", p.owner(), p.strategy(),
				p.strategyNotes(), p.rtoMinutes(), p.rpoMinutes(), p.lastReviewed(), p.nextReviewDue(), p.documentName(),
				p.lastDrill(), p.lastDrillPassed(), p.version())).toList();
	}

	private List<DrillView> namedDrills(List<DrillView> list) {
		Map<UUID, SystemSummary> names = systems.summaries(list.stream().map(DrillView::systemId).toList());
		Map<InstitutionId, String> acronyms = acronyms(list.stream().map(DrillView::institutionId).toList());
		return list.stream().map(d -> new DrillView(d.id(), d.planId(), d.institutionId(),
				acronyms.getOrDefault(new InstitutionId(d.institutionId()), ""), d.systemId(),
				names.containsKey(d.systemId()) ? names.get(d.systemId()).name() : "", d.heldOn(), d.scenario(), d.participants(),
				d.steps(), d.achievedRtoMinutes(), d.achievedRpoMinutes(), d.rtoTarget(), d.rpoTarget(), d.passed(), d.notes(),
				d.actions())).toList();
	}

	private Map<InstitutionId, String> acronyms(Collection<UUID> ids) {
		return institutions.acronyms(ids.stream().distinct().map(InstitutionId::new).toList());
	}

	private void audit(String action, UUID entity, UUID institution, String summary) {
		events.publishEvent(new ContinuityActivity(action, entity.toString(), institution, summary, Actor.current()));
	}
}
