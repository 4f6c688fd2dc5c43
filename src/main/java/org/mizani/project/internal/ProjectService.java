package org.mizani.project.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.mizani.catalog.CatalogItemView;
import org.mizani.catalog.CatalogManagement;
import org.mizani.catalog.CatalogVersionView;
import org.mizani.catalog.ItemKind;
import org.mizani.catalog.VersionId;
import org.mizani.catalog.VersionStatus;
import org.mizani.identity.Role;
import org.mizani.identity.UserDirectory;
import org.mizani.identity.UserDirectory.Contact;
import org.mizani.platform.Actor;
import org.mizani.platform.Attachments;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.FileStore;
import org.mizani.platform.Language;
import org.mizani.platform.Mailer;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.Today;
import org.mizani.project.AnswerView;
import org.mizani.project.ConditionView;
import org.mizani.project.Conformity;
import org.mizani.project.Decision;
import org.mizani.project.FileKind;
import org.mizani.project.Portfolio;
import org.mizani.project.ProjectActivity;
import org.mizani.project.ProjectFileView;
import org.mizani.project.ProjectForm;
import org.mizani.project.ProjectId;
import org.mizani.project.ProjectManagement;
import org.mizani.project.ProjectQuery;
import org.mizani.project.ProjectStatus;
import org.mizani.project.ProjectView;
import org.mizani.project.ReportForm;
import org.mizani.project.ReportView;
import org.mizani.project.SubmissionDiff;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
class ProjectService implements ProjectManagement {

	static final String INSTITUTION = "hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')";
	static final String REVIEWER = "hasRole('PROJECT_REVIEWER')";

	private final Projects projects;
	private final CatalogManagement catalogs;
	private final UserDirectory directory;
	private final FileStore files;
	private final Mailer mailer;
	private final ProjectExports exports;
	private final ApplicationEventPublisher events;
	private final Today today;
	private final ReviewClock clock;
	private final Set<String> relevantTags;
	private final String referencePrefix;
	private final long maxFileBytes;
	private final ReportingPeriod reportingPeriod;

	ProjectService(Projects projects, CatalogManagement catalogs, UserDirectory directory, FileStore files, Mailer mailer,
			ProjectExports exports, ApplicationEventPublisher events, Today today,
			@Value("${mizani.project.review-working-days:30}") int reviewDays,
			@Value("${mizani.calendar.holidays-every-year:01-01,01-12,04-07,04-26,05-01,07-07,08-08,10-14,12-09,12-25,12-26}") List<String> everyYear,
			@Value("${mizani.calendar.holidays:}") List<String> onDates,
			@Value("${mizani.project.relevant-tags:project,hosting,cloud,service-bus,api,security,authentication,privacy,classification,backup,logging,network,identifiers,semantics,standards,open-source}") List<String> relevantTags,
			@Value("${mizani.project.reference-prefix:EGA/ICTP}") String referencePrefix,
			@Value("${mizani.project.file.max-bytes:20971520}") long maxFileBytes,
			@Value("${mizani.project.report-period:QUARTER}") ReportingPeriod reportingPeriod) {
		this.projects = projects;
		this.catalogs = catalogs;
		this.directory = directory;
		this.files = files;
		this.mailer = mailer;
		this.exports = exports;
		this.events = events;
		this.today = today;
		this.clock = new ReviewClock(reviewDays,
				everyYear.stream().filter(s -> !s.isBlank()).map(s -> MonthDay.parse("--" + s.strip())).collect(Collectors.toSet()),
				onDates.stream().filter(s -> !s.isBlank()).map(s -> LocalDate.parse(s.strip())).collect(Collectors.toSet()));
		this.relevantTags = relevantTags.stream().map(String::strip).collect(Collectors.toSet());
		this.referencePrefix = referencePrefix;
		this.maxFileBytes = maxFileBytes;
		this.reportingPeriod = reportingPeriod;
	}

	ReportingPeriod reportingPeriod() {
		return reportingPeriod;
	}

	ReviewClock clock() {
		return clock;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public PageResult<ProjectView> search(ProjectQuery query, Paging paging) {
		return projects.search(checked(query), only(), today.date(), paging);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public Portfolio portfolio(ProjectQuery query) {
		ProjectQuery q = checked(query);
		UUID only = only();
		LocalDate date = today.date();
		List<ProjectView> all = projects.all(q, only, date);
		List<LocalDate[]> periods = projects.reviewPeriods(q, only, date);
		Double average = periods.isEmpty() ? null
				: periods.stream().mapToInt(p -> clock.workingDaysBetween(p[0], p[1])).average().orElse(0);
		return new Portfolio(projects.countByStatus(q, only, date),
				all.stream().map(ProjectView::budgetTzs).reduce(BigDecimal.ZERO, BigDecimal::add),
				all.stream().filter(p -> p.late(date)).count(),
				all.stream().filter(p -> p.status().implementing() && p.lastRag() == org.mizani.project.Rag.RED).count(),
				all.stream().filter(p -> p.reviewOverdue(date)).count(), average);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public void exportXlsx(ProjectQuery query, OutputStream out) throws IOException {
		exports.portfolioXlsx(projects.all(checked(query), only(), today.date()), today.date(), out);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public ProjectView get(ProjectId id) {
		ProjectView project = projects.find(id.value()).orElseThrow(() -> new NotFoundException("project"));
		if (!Caller.require().canAccess(project.institutionId())) {
			throw new NotFoundException("project");
		}
		return project;
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public ProjectView create(ProjectForm form) {
		Caller caller = Caller.require();
		if (caller.authority() || caller.institutionId() == null) {
			throw new BusinessRuleException("project.institution-only");
		}
		List<FieldProblem> problems = new ArrayList<>(ProjectRules.proposal(form, today.date()));
		CatalogVersionView version = null;
		try {
			version = catalogs.version(new VersionId(form.versionId()));
		}
		catch (NotFoundException e) {
			problems.add(new FieldProblem("versionId", "project.version.unknown"));
		}
		if (version != null && version.status() != VersionStatus.PUBLISHED) {
			problems.add(new FieldProblem("versionId", "project.version.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		UUID id = UUID.randomUUID();
		projects.insert(id, caller.institutionId(), form, caller.userId());
		projects.questionnaire(id, questionnaireOf(version));
		audit("project.created", id, caller.institutionId(), form.titleEn().strip());
		return get(new ProjectId(id));
	}

	/** The version's requirements tagged as relevant to projects; all of them when the catalogue has no such tags. */
	List<AnswerView> questionnaireOf(CatalogVersionView version) {
		List<CatalogItemView> requirements = catalogs.tree(version.id()).stream()
			.filter(i -> i.kind() == ItemKind.REQUIREMENT && !i.withdrawn()).toList();
		List<CatalogItemView> relevant = requirements.stream().filter(i -> i.tags().stream().anyMatch(relevantTags::contains))
			.toList();
		return (relevant.isEmpty() ? requirements : relevant).stream()
			.map(i -> new AnswerView(i.id(), i.displayCode(), i.titleSw(), i.titleEn(), null, null, null, null)).toList();
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public ProjectView update(ProjectId id, ProjectForm form, long expectedVersion) {
		ProjectView project = editable(id);
		if (!project.versionId().equals(form.versionId())) {
			throw BusinessRuleException.onField("versionId", "project.version.fixed");
		}
		List<FieldProblem> problems = ProjectRules.proposal(form, today.date());
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		if (!projects.update(id.value(), form, expectedVersion)) {
			throw new ConcurrentChangeException("project");
		}
		audit("project.updated", id.value(), project.institutionId(), form.titleEn().strip());
		return get(id);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<AnswerView> questionnaire(ProjectId id) {
		get(id);
		return projects.answers(id.value());
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public void answer(ProjectId id, UUID requirement, Conformity answer, String explanation) {
		ProjectView project = editable(id);
		if (answer == null) {
			throw BusinessRuleException.onField("answer", "project.answer.required");
		}
		if (explanation != null && explanation.length() > 5000) {
			throw BusinessRuleException.onField("explanation", "validation.size.max", 5000);
		}
		if (!projects.answer(id.value(), requirement, answer, explanation)) {
			throw new NotFoundException("questionnaire item");
		}
		projects.touch(id.value());
		audit("project.answered", id.value(), project.institutionId(), requirement + ": " + answer);
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public ProjectFileView attach(ProjectId id, FileKind kind, String filename, InputStream content) throws IOException {
		ProjectView project = own(id);
		if (project.status() == ProjectStatus.CLOSED || project.status() == ProjectStatus.REJECTED) {
			throw new BusinessRuleException("project.closed");
		}
		Attachments.Accepted file = Attachments.accept(files, filename, content, maxFileBytes);
		projects.insertFile(id.value(), kind == null ? FileKind.OTHER : kind, file.sha256(), file.filename(), file.mediaType(),
				file.size(), Caller.require().userId());
		audit("project.file-attached", id.value(), project.institutionId(), file.filename() + " (sha256 " + file.sha256() + ")");
		return projects.files(id.value()).get(projects.files(id.value()).size() - 1);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<ProjectFileView> files(ProjectId id) {
		get(id);
		return projects.files(id.value());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public ProjectFileView file(UUID file) {
		ProjectFileView view = projects.file(file).orElseThrow(() -> new NotFoundException("file"));
		get(view.projectId());
		return view;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public InputStream openFile(UUID file) throws IOException {
		return files.open(file(file).sha256());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<String> missingForSubmission(ProjectId id) {
		return ProjectRules.submission(true, questionnaire(id)).stream()
			.map(p -> p.arguments().length > 1 ? String.valueOf(p.arguments()[1]) : p.code()).toList();
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public ProjectView submit(ProjectId id, long expectedVersion) {
		ProjectView project = editable(id);
		List<FieldProblem> problems = ProjectRules.submission(Caller.require().hasRole(Role.INSTITUTION_HEAD.name()),
				projects.answers(id.value()));
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		LocalDate due = clock.due(today.date());
		if (!projects.submit(id.value(), expectedVersion, due, snapshot(project), Caller.require().userId())) {
			throw new ConcurrentChangeException("project");
		}
		audit("project.submitted", id.value(), project.institutionId(), "decision due " + due);
		return get(id);
	}

	private String snapshot(ProjectView project) {
		Map<String, String> fields = new LinkedHashMap<>();
		ProjectForm f = project.form();
		fields.put("titleSw", f.titleSw());
		fields.put("titleEn", f.titleEn());
		fields.put("objectives", f.objectives());
		fields.put("scope", f.scope());
		fields.put("benefits", f.benefits());
		fields.put("services", f.services());
		fields.put("budgetTzs", f.budgetTzs().toPlainString());
		fields.put("fundingSource", f.fundingSource());
		fields.put("plannedStart", f.plannedStart().toString());
		fields.put("plannedEnd", f.plannedEnd().toString());
		fields.put("deliveryModel", f.deliveryModel().name());
		fields.put("vendor", f.vendor());
		fields.put("systems", f.systems());
		for (AnswerView a : projects.answers(project.id().value())) {
			fields.put(a.code(), a.answer() + (a.explanation() == null ? "" : " — " + a.explanation()));
		}
		return JsonMapper.shared().writeValueAsString(fields);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<Integer> submissions(ProjectId id) {
		get(id);
		return projects.submissions(id.value());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public SubmissionDiff diff(ProjectId id, int from, int to) {
		get(id);
		Map<String, String> before = read(projects.snapshot(id.value(), from).orElseThrow(() -> new NotFoundException("submission")));
		Map<String, String> after = read(projects.snapshot(id.value(), to).orElseThrow(() -> new NotFoundException("submission")));
		List<SubmissionDiff.Change> changes = new ArrayList<>();
		Set<String> keys = new java.util.LinkedHashSet<>(before.keySet());
		keys.addAll(after.keySet());
		for (String key : keys) {
			if (!Objects.equals(before.get(key), after.get(key))) {
				changes.add(new SubmissionDiff.Change(key, before.get(key), after.get(key)));
			}
		}
		return new SubmissionDiff(from, to, changes);
	}

	private static Map<String, String> read(String json) {
		return JsonMapper.shared().readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	@Override
	@PreAuthorize(REVIEWER)
	@Transactional
	public void reviewItem(ProjectId id, UUID requirement, boolean ok, String comment) {
		ProjectView project = underReview(id);
		if (!ok && (comment == null || comment.isBlank())) {
			throw BusinessRuleException.onField("comment", "project.review.comment-required");
		}
		if (comment != null && comment.length() > 5000) {
			throw BusinessRuleException.onField("comment", "validation.size.max", 5000);
		}
		if (!projects.reviewItem(id.value(), requirement, ok, comment)) {
			throw new NotFoundException("questionnaire item");
		}
		audit("project.item-reviewed", id.value(), project.institutionId(), requirement + (ok ? ": ok" : ": " + comment));
	}

	@Override
	@PreAuthorize(REVIEWER)
	@Transactional
	public ProjectView decide(ProjectId id, Decision decision, String reasons, List<String> conditions) {
		ProjectView project = underReview(id);
		List<String> named = conditions == null ? List.of()
				: conditions.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
		List<FieldProblem> problems = new ArrayList<>();
		if (decision == null) {
			problems.add(new FieldProblem("decision", "project.decision.required"));
		}
		else {
			problems.addAll(ProjectRules.decision(decision, reasons, named));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		String reference = decision == Decision.RETURNED ? null : projects.nextReference(referencePrefix, today.date().getYear());
		projects.decide(id.value(), decision, reasons.strip(), Caller.require().userId(), reference);
		for (int i = 0; i < named.size(); i++) {
			projects.addCondition(id.value(), named.get(i), i);
		}
		ProjectView decided = get(id);
		for (Contact to : directory.members(project.institutionId(), EnumSet.of(Role.ICT_OFFICER, Role.INSTITUTION_HEAD))) {
			mailer.send(to.email(), to.language(), "mail.project.decided.subject", "mail.project.decided.body",
					decided.title(to.language()), to.fullName(), decided.reference() == null ? "-" : decided.reference(),
					mailer.link("/projects/" + id));
		}
		audit("project.decided", id.value(), project.institutionId(), decision + (reference == null ? "" : " " + reference)
				+ ": " + reasons.strip());
		return decided;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<ConditionView> conditions(ProjectId id) {
		get(id);
		return projects.conditions(id.value());
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public void fulfil(ProjectId id, UUID condition, String evidence) {
		ProjectView project = own(id);
		if (evidence == null || evidence.isBlank()) {
			throw BusinessRuleException.onField("evidence", "project.condition.evidence-required");
		}
		if (evidence.length() > 5000) {
			throw BusinessRuleException.onField("evidence", "validation.size.max", 5000);
		}
		if (!projects.fulfil(id.value(), condition, evidence.strip())) {
			throw new BusinessRuleException("project.condition.not-open");
		}
		audit("project.condition-fulfilled", id.value(), project.institutionId(), evidence.strip());
	}

	@Override
	@PreAuthorize(REVIEWER)
	@Transactional
	public void verifyCondition(ProjectId id, UUID condition) {
		ProjectView project = get(id);
		if (!projects.verifyCondition(id.value(), condition)) {
			throw new BusinessRuleException("project.condition.not-fulfilled");
		}
		audit("project.condition-verified", id.value(), project.institutionId(), condition.toString());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public byte[] letter(ProjectId id, @Nullable Language language) {
		ProjectView project = get(id);
		if (project.decision() == null || project.reference() == null) {
			throw new BusinessRuleException("project.letter.no-decision");
		}
		return exports.letter(project, projects.conditions(id.value()),
				language != null ? language : institutionLanguage(project.institutionId()));
	}

	/** The language of the institution's head, in which letters are written (Kiswahili when unknown). */
	Language institutionLanguage(UUID institution) {
		return directory.members(institution, EnumSet.of(Role.INSTITUTION_HEAD)).stream().map(Contact::language).findFirst()
			.orElse(Language.SW);
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public ReportView report(ProjectId id, ReportForm form) {
		ProjectView project = own(id);
		if (!project.status().implementing()) {
			throw new BusinessRuleException("project.report.not-implementing");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (form.rag() != org.mizani.project.Rag.GREEN && (form.ragReason() == null || form.ragReason().isBlank())) {
			problems.add(new FieldProblem("ragReason", "project.report.reason-required"));
		}
		if (form.spendTzs() != null && form.spendTzs().compareTo(project.budgetTzs().multiply(BigDecimal.valueOf(10))) > 0) {
			problems.add(new FieldProblem("spendTzs", "project.report.spend-absurd"));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		if (!reportingPeriod.accepts(form.period())) {
			throw BusinessRuleException.onField("period", "project.report.period-format", reportingPeriod.example());
		}
		if (!projects.insertReport(id.value(), form, Caller.require().userId())) {
			throw BusinessRuleException.onField("period", "project.report.period-taken", form.period());
		}
		audit("project.reported", id.value(), project.institutionId(), form.period() + " " + form.rag() + " " + form.percentComplete() + "%");
		return projects.reports(id.value()).stream().filter(r -> r.period().equals(form.period())).findFirst().orElseThrow();
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<ReportView> reports(ProjectId id) {
		get(id);
		return projects.reports(id.value());
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public ProjectView goLive(ProjectId id, LocalDate date) {
		ProjectView project = own(id);
		if (date == null || date.isAfter(today.date())) {
			throw BusinessRuleException.onField("date", "project.live.date");
		}
		if (projects.conditions(id.value()).stream().anyMatch(c -> c.status() == ConditionView.Status.OPEN)) {
			throw new BusinessRuleException("project.live.open-conditions");
		}
		if (!projects.goLive(id.value(), date)) {
			throw new BusinessRuleException("project.live.not-approved");
		}
		audit("project.live", id.value(), project.institutionId(), date.toString());
		return get(id);
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public ProjectView close(ProjectId id, String benefits, String lessons) {
		ProjectView project = own(id);
		List<FieldProblem> problems = new ArrayList<>();
		if (benefits == null || benefits.isBlank()) {
			problems.add(new FieldProblem("benefits", "project.close.benefits-required"));
		}
		if (lessons == null || lessons.isBlank()) {
			problems.add(new FieldProblem("lessons", "project.close.lessons-required"));
		}
		if ((benefits != null && benefits.length() > 10000) || (lessons != null && lessons.length() > 10000)) {
			problems.add(new FieldProblem(null, "validation.size.max", 10000));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		if (!projects.close(id.value(), benefits.strip(), lessons.strip())) {
			throw new BusinessRuleException("project.close.not-live");
		}
		audit("project.closed", id.value(), project.institutionId(), "post-implementation review recorded");
		return get(id);
	}

	@Override
	@Scheduled(cron = "${mizani.project.reminder-cron:0 30 7 * * *}", zone = "${mizani.time-zone:Africa/Dar_es_Salaam}")
	@Transactional
	public int sendReportReminders() {
		LocalDate lastEnd = reportingPeriod.endOfPrevious(today.date());
		String period = reportingPeriod.of(lastEnd);
		List<ProjectView> missing = projects.claimMissingReports(period, lastEnd);
		for (ProjectView p : missing) {
			for (Contact to : directory.members(p.institutionId(), EnumSet.of(Role.ICT_OFFICER, Role.INSTITUTION_HEAD))) {
				mailer.send(to.email(), to.language(), "mail.project.report.subject", "mail.project.report.body", p.title(to.language()),
						to.fullName(), period, mailer.link("/projects/" + p.id()));
			}
		}
		return missing.size();
	}

	private ProjectQuery checked(ProjectQuery query) {
		if (query.text() != null && query.text().length() > 200) {
			throw BusinessRuleException.onField("q", "validation.size.max", 200);
		}
		if (query.sector() != null && query.sector().length() > 120) {
			throw BusinessRuleException.onField("sector", "validation.size.max", 120);
		}
		if (query.year() != null && (query.year() < 2000 || query.year() > 2100)) {
			throw BusinessRuleException.onField("year", "project.year.range");
		}
		return query;
	}

	private @Nullable UUID only() {
		Caller caller = Caller.require();
		if (caller.authority()) {
			return null;
		}
		return caller.institutionId() == null ? new UUID(0, 0) : caller.institutionId();
	}

	/** A project of the caller's own institution (the authority reads but never writes an institution's proposal). */
	private ProjectView own(ProjectId id) {
		ProjectView project = get(id);
		Caller caller = Caller.require();
		if (caller.authority() || !Objects.equals(caller.institutionId(), project.institutionId())) {
			throw new NotFoundException("project");
		}
		return project;
	}

	private ProjectView editable(ProjectId id) {
		ProjectView project = own(id);
		if (!project.status().editable()) {
			throw new BusinessRuleException("project.not-editable");
		}
		return project;
	}

	private ProjectView underReview(ProjectId id) {
		ProjectView project = get(id);
		if (project.status() != ProjectStatus.SUBMITTED) {
			throw new BusinessRuleException("project.review.not-submitted");
		}
		return project;
	}

	private void audit(String action, UUID project, UUID institution, String summary) {
		events.publishEvent(new ProjectActivity(action, project.toString(), institution, summary, Actor.current()));
	}
}
