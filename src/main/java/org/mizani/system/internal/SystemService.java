package org.mizani.system.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.ImportReport;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.Today;
import org.mizani.system.RecoveryPlanCoverage;
import org.mizani.system.RegisterCompleteness;
import org.mizani.system.SystemActivity;
import org.mizani.system.SystemForm;
import org.mizani.system.SystemId;
import org.mizani.system.SystemQuery;
import org.mizani.system.SystemRegister;
import org.mizani.system.SystemSummary;
import org.mizani.system.SystemView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class SystemService implements SystemRegister {

	static final String INSTITUTION = "hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')";
	static final int MAX_IMPORT_ROWS = 2_000;

	private final Systems systems;
	private final SystemImporter importer;
	private final SystemExports exports;
	private final ObjectProvider<RecoveryPlanCoverage> coverage;
	private final ApplicationEventPublisher events;
	private final Today today;

	SystemService(Systems systems, SystemImporter importer, SystemExports exports,
			ObjectProvider<RecoveryPlanCoverage> coverage, ApplicationEventPublisher events, Today today) {
		this.systems = systems;
		this.importer = importer;
		this.exports = exports;
		this.coverage = coverage;
		this.events = events;
		this.today = today;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public PageResult<SystemView> search(SystemQuery query, Paging paging) {
		return systems.search(checked(query), only(), paging);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public void exportXlsx(SystemQuery query, OutputStream out) throws IOException {
		exports.xlsx(consumer -> systems.each(checked(query), only(), consumer), out);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public SystemView get(SystemId id) {
		SystemView system = systems.find(id.value()).orElseThrow(() -> new NotFoundException("system"));
		if (!Caller.require().canAccess(system.institutionId())) {
			throw new NotFoundException("system");
		}
		return system;
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public SystemView register(SystemForm form) {
		UUID institution = ownInstitution();
		check(form, institution, null);
		UUID id = UUID.randomUUID();
		systems.insert(id, institution, form, Caller.require().userId());
		audit("system.registered", id, institution, form.name().strip() + " (" + form.criticality() + ", " + form.status() + ")");
		return get(new SystemId(id));
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public SystemView update(SystemId id, SystemForm form, long expectedVersion) {
		SystemView existing = get(id);
		UUID institution = ownInstitution();
		if (!existing.institutionId().equals(institution)) {
			throw new NotFoundException("system");
		}
		check(form, institution, id.value());
		if (!systems.update(id.value(), form, expectedVersion)) {
			throw new ConcurrentChangeException("system");
		}
		audit("system.updated", id.value(), institution, form.name().strip() + changes(existing, form));
		return get(id);
	}

	private static String changes(SystemView before, SystemForm after) {
		StringBuilder text = new StringBuilder();
		if (before.status() != after.status()) {
			text.append(", status ").append(before.status()).append(" → ").append(after.status());
		}
		if (before.criticality() != after.criticality()) {
			text.append(", criticality ").append(before.criticality()).append(" → ").append(after.criticality());
		}
		return text.toString();
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public ImportReport importFile(String filename, byte[] content) {
		UUID institution = ownInstitution();
		SystemImporter.Plan plan = importer.plan(filename, content, MAX_IMPORT_ROWS, institution, today.date());
		if (!plan.problems().isEmpty()) {
			return new ImportReport(plan.rowsRead(), 0, plan.problems());
		}
		UUID by = Caller.require().userId();
		for (SystemForm form : plan.rows()) {
			UUID id = UUID.randomUUID();
			systems.insert(id, institution, form, by);
			audit("system.registered", id, institution, form.name().strip() + " (import " + filename + ")");
		}
		return new ImportReport(plan.rowsRead(), plan.rows().size(), List.of());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<RegisterCompleteness> completeness(SystemQuery query) {
		RecoveryPlanCoverage plans = coverage.getIfAvailable();
		Set<UUID> withPlan = plans == null ? Set.of() : plans.systemsWithPlan();
		return systems.completeness(checked(query), only(), withPlan);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<SystemSummary> ofInstitution(UUID institution) {
		if (!Caller.require().canAccess(institution)) {
			return List.of();
		}
		return systems.ofInstitution(institution);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<SystemSummary> critical(@Nullable UUID institution) {
		UUID only = only();
		return systems.critical(only != null ? only : institution);
	}

	@Override
	public Map<UUID, SystemSummary> summaries(Collection<UUID> ids) {
		return systems.summaries(ids);
	}

	@Override
	@Transactional
	public SystemId registerPlanned(UUID institution, String name, String purpose) {
		String clean = name.strip().length() > 200 ? name.strip().substring(0, 200) : name.strip();
		java.util.Optional<UUID> existing = systems.idByName(institution, clean);
		if (existing.isPresent()) {
			return new SystemId(existing.get());
		}
		UUID id = UUID.randomUUID();
		systems.insert(id, institution, new SystemForm(clean, purpose.length() > 5000 ? purpose.substring(0, 5000) : purpose, null,
				null, org.mizani.system.Criticality.MEDIUM, org.mizani.system.Hosting.GOVERNMENT_DATA_CENTRE,
				org.mizani.system.DataClassification.INTERNAL, false, null, null, null, null, null,
				org.mizani.system.SystemStatus.PLANNED, null, null), org.mizani.platform.SystemCaller.SYSTEM);
		audit("system.registered", id, institution, clean + " (planned by an ICT project)");
		return new SystemId(id);
	}

	@Override
	@Transactional
	public void markLive(Collection<UUID> ids, LocalDate on) {
		if (ids.isEmpty()) {
			return;
		}
		Map<UUID, SystemSummary> before = systems.summaries(ids);
		systems.markLive(ids, on);
		before.values().stream().filter(s -> s.status() != org.mizani.system.SystemStatus.LIVE
				&& s.status() != org.mizani.system.SystemStatus.RETIRED)
			.forEach(s -> audit("system.live", s.id().value(), s.institutionId(), s.name() + " live on " + on));
	}

	private void check(SystemForm form, UUID institution, @Nullable UUID except) {
		List<FieldProblem> problems = new ArrayList<>(SystemRules.check(form, today.date()));
		if (systems.nameTaken(institution, form.name(), except)) {
			problems.add(new FieldProblem("name", "system.name.taken"));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
	}

	private static UUID ownInstitution() {
		Caller caller = Caller.require();
		if (caller.authority() || caller.institutionId() == null) {
			throw new BusinessRuleException("system.institution-only");
		}
		return caller.institutionId();
	}

	private static @Nullable UUID only() {
		Caller caller = Caller.require();
		if (caller.authority()) {
			return null;
		}
		return caller.institutionId() == null ? new UUID(0, 0) : caller.institutionId();
	}

	private static SystemQuery checked(SystemQuery query) {
		org.mizani.platform.SqlText.limit("q", query.text(), 200);
		org.mizani.platform.SqlText.limit("sector", query.sector(), 120);
		org.mizani.platform.SqlText.limit("region", query.region(), 120);
		return query;
	}

	private void audit(String action, UUID system, UUID institution, String summary) {
		events.publishEvent(new SystemActivity(action, system.toString(), institution, summary, Actor.current()));
	}
}
