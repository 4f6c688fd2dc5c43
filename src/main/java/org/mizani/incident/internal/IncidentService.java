package org.mizani.incident.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.identity.Role;
import org.mizani.identity.UserDirectory;
import org.mizani.incident.EntryView;
import org.mizani.incident.IncidentId;
import org.mizani.incident.IncidentManagement;
import org.mizani.incident.IncidentQuery;
import org.mizani.incident.IncidentReport;
import org.mizani.incident.IncidentStatus;
import org.mizani.incident.IncidentView;
import org.mizani.incident.TaxonomyEntry;
import org.mizani.incident.Transition;
import org.mizani.incident.Triage;
import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.system.SystemRegister;
import org.mizani.system.SystemSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class IncidentService implements IncidentManagement {

	static final String ANALYST = "hasRole('SECURITY_ANALYST')";
	static final String REPORTER = "hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD', 'SECURITY_ANALYST')";
	static final ZoneId ZONE = org.mizani.platform.LocalTimes.ZONE;

	private final Incidents incidents;
	private final IncidentRecords records;
	private final IncidentAccess access;
	private final ReportingClock clock;
	private final SystemRegister systems;
	private final InstitutionManagement institutions;
	private final UserDirectory directory;
	private final IncidentExports exports;
	private final List<String> partnerAcronyms;
	private final jakarta.validation.Validator validator;

	IncidentService(Incidents incidents, IncidentRecords records, IncidentAccess access, ReportingClock clock,
			SystemRegister systems, InstitutionManagement institutions, UserDirectory directory, IncidentExports exports,
			@Value("${mizani.incident.partners:TCRA}") List<String> partnerAcronyms, jakarta.validation.Validator validator) {
		this.validator = validator;
		this.incidents = incidents;
		this.records = records;
		this.access = access;
		this.clock = clock;
		this.systems = systems;
		this.institutions = institutions;
		this.directory = directory;
		this.exports = exports;
		this.partnerAcronyms = partnerAcronyms;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public PageResult<IncidentView> search(IncidentQuery query, Paging paging) {
		return incidents.search(checked(query), access.viewer(), paging);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public void exportXlsx(IncidentQuery query, OutputStream out) throws IOException {
		exports.xlsx(consumer -> incidents.each(checked(query), access.viewer(), consumer), out);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public IncidentView get(IncidentId id) {
		return access.visible(id);
	}

	@Override
	@PreAuthorize(REPORTER)
	@Transactional
	public IncidentView report(IncidentReport report) {
		Caller caller = Caller.require();
		org.mizani.platform.FormErrors.requireValid(validator, report);
		boolean analyst = caller.hasRole("SECURITY_ANALYST");
		UUID institution = analyst ? report.institutionId() : caller.institutionId();
		List<FieldProblem> problems = new ArrayList<>();
		if (!analyst && (caller.authority() || institution == null)) {
			throw new BusinessRuleException("incident.report.institution-only");
		}
		if (institution == null || !institutions.isActive(new InstitutionId(institution))) {
			problems.add(new FieldProblem("institutionId", "incident.institution.required"));
		}
		Instant now = Instant.now();
		Instant detected = local(report.detectedAt());
		Instant started = report.startedAt() == null ? null : local(report.startedAt());
		if (detected.isAfter(now.plusSeconds(300))) {
			problems.add(new FieldProblem("detectedAt", "incident.time.future"));
		}
		if (detected.isBefore(now.minus(java.time.Duration.ofDays(3650)))) {
			problems.add(new FieldProblem("detectedAt", "incident.time.past"));
		}
		if (started != null && started.isAfter(detected)) {
			problems.add(new FieldProblem("startedAt", "incident.time.order"));
		}
		problems.addAll(category(report.classCode(), report.typeCode()));
		if (institution != null) {
			problems.addAll(ownSystems(report.systemIds(), institution));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		UUID id = UUID.randomUUID();
		String reference = incidents.nextReference(now.atZone(ZONE).getYear());
		incidents.insert(id, reference, institution, caller.userId(), analyst, report.title().strip(),
				report.description().strip(), detected, started, report.classCode(), report.typeCode(), report.severity(),
				report.tlp(), org.mizani.platform.Rows.blankToNull(report.servicesDown()), report.usersAffected(),
				report.recordsAffected());
		incidents.linkSystems(id, report.systemIds().stream().distinct().toList());
		List<ReportingClock.Stage> stages = clock.stages();
		List<Instant> due = clock.due(detected, List.of());
		for (int i = 0; i < stages.size(); i++) {
			records.insertStage(id, stages.get(i).code(), i, due.get(i));
		}
		records.insertEntry(id, EntryView.Kind.TRANSITION, "REPORTED", false, now, caller.userId());
		access.audit("incident.reported", id, institution, reference + " " + report.severity() + " " + report.tlp().label()
				+ " " + report.classCode() + "/" + report.typeCode() + (analyst ? " (on behalf)" : ""));
		return get(new IncidentId(id));
	}

	static Instant local(LocalDateTime time) {
		return time.atZone(ZONE).toInstant();
	}

	private List<FieldProblem> category(String classCode, String typeCode) {
		boolean known = incidents.taxonomy(true).stream()
			.anyMatch(t -> t.classCode().equals(classCode) && t.typeCode().equals(typeCode));
		return known ? List.of() : List.of(new FieldProblem("typeCode", "incident.category.unknown"));
	}

	private List<FieldProblem> ownSystems(List<UUID> ids, UUID institution) {
		Map<UUID, SystemSummary> found = systems.summaries(ids);
		boolean all = ids.stream().allMatch(s -> found.containsKey(s) && found.get(s).institutionId().equals(institution));
		return all ? List.of() : List.of(new FieldProblem("systems", "incident.systems.not-registered"));
	}

	@Override
	@PreAuthorize(ANALYST)
	@Transactional
	public IncidentView triage(IncidentId id, Triage triage, long expectedVersion) {
		IncidentView incident = access.open(id);
		org.mizani.platform.FormErrors.requireValid(validator, triage);
		List<FieldProblem> problems = new ArrayList<>(category(triage.classCode(), triage.typeCode()));
		if (triage.assignee() != null && !analyst(triage.assignee())) {
			problems.add(new FieldProblem("assignee", "incident.assignee.not-analyst"));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		if (!incidents.classify(id.value(), expectedVersion, triage.classCode(), triage.typeCode(), triage.severity(),
				triage.tlp(), triage.assignee(), true)) {
			throw new ConcurrentChangeException("incident");
		}
		if (incident.status() == IncidentStatus.REPORTED) {
			records.insertEntry(id.value(), EntryView.Kind.TRANSITION, "TRIAGED", false, Instant.now(), Caller.require().userId());
		}
		access.audit("incident.triaged", id.value(), incident.institutionId(), incident.reference() + " "
				+ triage.classCode() + "/" + triage.typeCode() + " " + triage.severity() + " " + triage.tlp().label());
		if (triage.assignee() != null && !triage.assignee().equals(incident.assignee())) {
			access.audit("incident.assigned", id.value(), incident.institutionId(), incident.reference() + " to " + triage.assignee());
		}
		return get(id);
	}

	private boolean analyst(UUID user) {
		return directory.staff(EnumSet.of(Role.SECURITY_ANALYST)).stream().anyMatch(c -> c.id().value().equals(user));
	}

	@Override
	@PreAuthorize(ANALYST)
	@Transactional
	public IncidentView transition(IncidentId id, Transition transition, long expectedVersion) {
		IncidentView incident = access.visible(id);
		org.mizani.platform.FormErrors.requireValid(validator, transition);
		UUID related = null;
		boolean relatedGiven = false;
		if (transition.relatedReference() != null && !transition.relatedReference().isBlank()) {
			related = incidents.idByReference(transition.relatedReference()).orElse(null);
			if (related == null || related.equals(id.value())) {
				throw BusinessRuleException.onField("related", "incident.related.unknown");
			}
			relatedGiven = true;
		}
		List<FieldProblem> problems = IncidentLifecycle.check(incident.status(), transition.to(), transition.rootCause(),
				transition.lessonsLearned(), relatedGiven, transition.reason());
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		boolean closing = transition.to() == IncidentStatus.CLOSED;
		if (!incidents.transition(id.value(), expectedVersion, transition.to(), closing ? transition.rootCause().strip() : null,
				closing ? transition.lessonsLearned().strip() : null,
				transition.to() == IncidentStatus.DUPLICATE || transition.to() == IncidentStatus.MERGED ? related : null)) {
			throw new ConcurrentChangeException("incident");
		}
		if (transition.to() == IncidentStatus.MERGED) {
			records.copyIndicators(id.value(), related);
			incidents.touch(related);
		}
		if (IncidentLifecycle.dismissal(transition.to())) {
			records.cancelOpenStages(id.value());
		}
		String note = transition.to().name() + (transition.reason() == null || transition.reason().isBlank() ? ""
				: ": " + transition.reason().strip()) + (relatedGiven ? " → " + transition.relatedReference().strip() : "");
		records.insertEntry(id.value(), EntryView.Kind.TRANSITION, note, false, Instant.now(), Caller.require().userId());
		access.audit("incident." + transition.to().name().toLowerCase(java.util.Locale.ROOT), id.value(),
				incident.institutionId(), incident.reference() + " " + incident.status() + " → " + transition.to());
		return get(id);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<IncidentStatus> nextStates(IncidentId id) {
		return IncidentLifecycle.next(get(id).status());
	}

	@Override
	@PreAuthorize(ANALYST)
	@Transactional
	public void assign(IncidentId id, @Nullable UUID analyst) {
		IncidentView incident = access.open(id);
		if (analyst != null && !analyst(analyst)) {
			throw BusinessRuleException.onField("assignee", "incident.assignee.not-analyst");
		}
		if (Objects.equals(analyst, incident.assignee())) {
			return;
		}
		incidents.assign(id.value(), analyst);
		access.audit("incident.assigned", id.value(), incident.institutionId(),
				incident.reference() + (analyst == null ? " unassigned" : " to " + analyst));
	}

	@Override
	@PreAuthorize(ANALYST)
	@Transactional
	public IncidentView escalate(IncidentId id, UUID partner, String note) {
		IncidentView incident = access.visible(id);
		if (partners().stream().noneMatch(p -> p.institution().equals(partner))) {
			throw BusinessRuleException.onField("partner", "incident.partner.unknown");
		}
		if (note == null || note.isBlank() || note.length() > 5000) {
			throw BusinessRuleException.onField("note", "incident.escalation.note");
		}
		if (!incidents.escalate(id.value(), partner)) {
			throw new BusinessRuleException("incident.escalation.already");
		}
		records.insertEntry(id.value(), EntryView.Kind.TRANSITION, "ESCALATED: " + note.strip(), false, Instant.now(),
				Caller.require().userId());
		access.audit("incident.escalated", id.value(), incident.institutionId(), incident.reference() + " to " + partner);
		return get(id);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<Partner> partners() {
		List<Partner> partners = new ArrayList<>();
		for (String acronym : partnerAcronyms) {
			institutions.findByAcronym(acronym.strip())
				.ifPresent(i -> partners.add(new Partner(i.value(), acronym.strip())));
		}
		return partners;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<SystemSummary> affectedSystems(IncidentId id) {
		get(id);
		return List.copyOf(systems.summaries(incidents.systems(id.value())).values());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<UUID> namedPeople(IncidentId id) {
		get(id);
		return incidents.named(id.value());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void name(IncidentId id, UUID user) {
		IncidentView incident = mayName(id);
		UserDirectory.Contact contact = directory.contacts(List.of(user)).get(user);
		if (contact == null || !incident.institutionId().equals(contact.institutionId())) {
			throw BusinessRuleException.onField("user", "incident.named.not-member");
		}
		incidents.name(id.value(), user);
		access.audit("incident.person-named", id.value(), incident.institutionId(), incident.reference() + " " + contact.email());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void unname(IncidentId id, UUID user) {
		IncidentView incident = mayName(id);
		if (incidents.unname(id.value(), user)) {
			access.audit("incident.person-unnamed", id.value(), incident.institutionId(), incident.reference() + " " + user);
		}
	}

	/** Analysts, the reporter and the institution's head decide who else inside the institution may see it. */
	private IncidentView mayName(IncidentId id) {
		IncidentView incident = access.visible(id);
		Caller caller = Caller.require();
		boolean head = caller.hasRole("INSTITUTION_HEAD") && incident.institutionId().equals(caller.institutionId());
		if (!caller.hasRole("SECURITY_ANALYST") && !head && !incident.reportedBy().equals(caller.userId())) {
			throw new NotFoundException("incident");
		}
		return incident;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<TaxonomyEntry> taxonomy(boolean activeOnly) {
		return incidents.taxonomy(activeOnly);
	}

	@Override
	@PreAuthorize("hasAnyRole('SECURITY_ANALYST', 'AUTHORITY_ADMIN')")
	@Transactional
	public void saveTaxonomy(TaxonomyEntry entry) {
		List<FieldProblem> problems = new ArrayList<>();
		if (entry.classCode() == null || !entry.classCode().matches("[a-z0-9][a-z0-9-]{0,59}")) {
			problems.add(new FieldProblem("classCode", "incident.taxonomy.code"));
		}
		if (entry.typeCode() == null || !entry.typeCode().matches("[a-z0-9][a-z0-9-]{0,59}")) {
			problems.add(new FieldProblem("typeCode", "incident.taxonomy.code"));
		}
		if (entry.labelEn() == null || entry.labelEn().isBlank() || entry.labelEn().length() > 200) {
			problems.add(new FieldProblem("labelEn", "incident.taxonomy.label"));
		}
		if (entry.labelSw() == null || entry.labelSw().isBlank() || entry.labelSw().length() > 200) {
			problems.add(new FieldProblem("labelSw", "incident.taxonomy.label"));
		}
		if (entry.position() < 0 || entry.position() > 100_000) {
			problems.add(new FieldProblem("position", "incident.taxonomy.position"));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		incidents.saveTaxonomy(new TaxonomyEntry(entry.classCode(), entry.typeCode(), entry.labelEn().strip(),
				entry.labelSw().strip(), entry.position(), entry.active()));
		access.audit("incident.taxonomy-saved", UUID.nameUUIDFromBytes((entry.classCode() + "/" + entry.typeCode())
			.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null,
				entry.classCode() + "/" + entry.typeCode() + " " + entry.labelEn() + (entry.active() ? "" : " (inactive)"));
	}

	private static IncidentQuery checked(IncidentQuery query) {
		org.mizani.platform.SqlText.limit("q", query.text(), 200);
		org.mizani.platform.SqlText.limit("category", query.classCode(), 60);
		return query;
	}
}
