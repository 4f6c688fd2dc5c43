package org.mizani.project.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.mizani.catalog.CatalogItemView;
import org.mizani.catalog.CatalogManagement;
import org.mizani.catalog.CatalogVersionView;
import org.mizani.catalog.ItemKind;
import org.mizani.catalog.VersionId;
import org.mizani.catalog.VersionStatus;
import org.mizani.identity.Role;
import org.mizani.platform.Attachments;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.FileStore;
import org.mizani.platform.MalwareScanner;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.Today;
import org.mizani.project.AnswerView;
import org.mizani.project.Conformity;
import org.mizani.project.FileKind;
import org.mizani.project.Portfolio;
import org.mizani.project.ProjectFileView;
import org.mizani.project.ProjectForm;
import org.mizani.project.ProjectId;
import org.mizani.project.ProjectManagement;
import org.mizani.project.ProjectQuery;
import org.mizani.project.ProjectStatus;
import org.mizani.project.ProjectView;
import org.mizani.project.SubmissionDiff;
import org.springframework.beans.factory.annotation.Value;
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
	private final org.mizani.system.SystemRegister systems;
	private final ProjectAccess access;
	private final CatalogManagement catalogs;
	private final FileStore files;
	private final MalwareScanner scanner;
	private final ProjectExports exports;
	private final Today today;
	private final ReviewClock clock;
	private final Set<String> relevantTags;
	private final long maxFileBytes;

	ProjectService(Projects projects, ProjectAccess access, CatalogManagement catalogs, FileStore files, MalwareScanner scanner, ProjectExports exports,
			Today today,
			@Value("${mizani.project.review-working-days:30}") int reviewDays,
			@Value("${mizani.calendar.holidays-every-year:01-01,01-12,04-07,04-26,05-01,07-07,08-08,10-14,12-09,12-25,12-26}") List<String> everyYear,
			@Value("${mizani.calendar.holidays:}") List<String> onDates,
			@Value("${mizani.project.relevant-tags:project,hosting,cloud,service-bus,api,security,authentication,privacy,classification,backup,logging,network,identifiers,semantics,standards,open-source}") List<String> relevantTags,
			@Value("${mizani.project.file.max-bytes:20971520}") long maxFileBytes, org.mizani.system.SystemRegister systems) {
		this.systems = systems;
		this.projects = projects;
		this.access = access;
		this.catalogs = catalogs;
		this.files = files;
		this.scanner = scanner;
		this.exports = exports;
		this.today = today;
		this.clock = new ReviewClock(reviewDays,
				everyYear.stream().filter(s -> !s.isBlank()).map(s -> MonthDay.parse("--" + s.strip())).collect(Collectors.toSet()),
				onDates.stream().filter(s -> !s.isBlank()).map(s -> LocalDate.parse(s.strip())).collect(Collectors.toSet()));
		this.relevantTags = relevantTags.stream().map(String::strip).collect(Collectors.toSet());
		this.maxFileBytes = maxFileBytes;
	}

	ReviewClock clock() {
		return clock;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public PageResult<ProjectView> search(ProjectQuery query, Paging paging) {
		return projects.search(checked(query), access.only(), today.date(), paging);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public Portfolio portfolio(ProjectQuery query) {
		ProjectQuery q = checked(query);
		UUID only = access.only();
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
		exports.portfolioXlsx(projects.all(checked(query), access.only(), today.date()), today.date(), out);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public ProjectView get(ProjectId id) {
		return access.visible(id);
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
		access.audit("project.created", id, caller.institutionId(), form.titleEn().strip());
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
		ProjectView project = access.editable(id);
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
		access.audit("project.updated", id.value(), project.institutionId(), form.titleEn().strip());
		return get(id);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<org.mizani.system.SystemSummary> registeredSystems(ProjectId id) {
		get(id);
		return List.copyOf(systems.summaries(projects.linkedSystems(id.value())).values());
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
		ProjectView project = access.editable(id);
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
		access.audit("project.answered", id.value(), project.institutionId(), requirement + ": " + answer);
	}

	@Override
	@PreAuthorize(INSTITUTION)
	@Transactional
	public ProjectFileView attach(ProjectId id, FileKind kind, String filename, InputStream content) throws IOException {
		ProjectView project = access.own(id);
		if (project.status() == ProjectStatus.CLOSED || project.status() == ProjectStatus.REJECTED) {
			throw new BusinessRuleException("project.closed");
		}
		Attachments.Accepted file = Attachments.accept(files, scanner, filename, content, maxFileBytes);
		projects.insertFile(id.value(), kind == null ? FileKind.OTHER : kind, file.sha256(), file.filename(), file.mediaType(),
				file.size(), Caller.require().userId());
		access.audit("project.file-attached", id.value(), project.institutionId(), file.filename() + " (sha256 " + file.sha256() + ")");
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
		ProjectView project = access.editable(id);
		List<FieldProblem> problems = ProjectRules.submission(Caller.require().hasRole(Role.INSTITUTION_HEAD.name()),
				projects.answers(id.value()));
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		LocalDate due = clock.due(today.date());
		if (!projects.submit(id.value(), expectedVersion, due, snapshot(project), Caller.require().userId())) {
			throw new ConcurrentChangeException("project");
		}
		access.audit("project.submitted", id.value(), project.institutionId(), "decision due " + due);
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


	private ProjectQuery checked(ProjectQuery query) {
		org.mizani.platform.SqlText.limit("q", query.text(), 200);
		org.mizani.platform.SqlText.limit("sector", query.sector(), 120);
		if (query.year() != null && (query.year() < 2000 || query.year() > 2100)) {
			throw BusinessRuleException.onField("year", "project.year.range");
		}
		return query;
	}
}
