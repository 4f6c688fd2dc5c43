package org.mizani.incident.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.identity.UserDirectory;
import org.mizani.incident.EntryView;
import org.mizani.incident.IncidentFileView;
import org.mizani.incident.IncidentHandling;
import org.mizani.incident.IncidentId;
import org.mizani.incident.IncidentView;
import org.mizani.incident.IndicatorKind;
import org.mizani.incident.IndicatorView;
import org.mizani.incident.StageView;
import org.mizani.incident.TaskView;
import org.mizani.platform.Attachments;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.FileStore;
import org.mizani.platform.MalwareScanner;
import org.mizani.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class IncidentHandlingService implements IncidentHandling {

	private final Incidents incidents;
	private final IncidentRecords records;
	private final IncidentAccess access;
	private final ReportingClock clock;
	private final UserDirectory directory;
	private final FileStore files;
	private final MalwareScanner scanner;
	private final long maxFileBytes;

	IncidentHandlingService(Incidents incidents, IncidentRecords records, IncidentAccess access, ReportingClock clock,
			UserDirectory directory, FileStore files, MalwareScanner scanner, @Value("${mizani.incident.file.max-bytes:20971520}") long maxFileBytes) {
		this.incidents = incidents;
		this.records = records;
		this.access = access;
		this.clock = clock;
		this.directory = directory;
		this.files = files;
		this.scanner = scanner;
		this.maxFileBytes = maxFileBytes;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<TaskView> tasks(IncidentId id) {
		access.visible(id);
		List<TaskView> tasks = records.tasks(id.value());
		Map<UUID, UserDirectory.Contact> owners = directory.contacts(tasks.stream().map(TaskView::owner)
			.filter(java.util.Objects::nonNull).toList());
		return tasks.stream().map(t -> t.owner() == null || !owners.containsKey(t.owner()) ? t
				: new TaskView(t.id(), t.title(), t.owner(), owners.get(t.owner()).fullName(), t.dueOn(), t.done())).toList();
	}

	@Override
	@PreAuthorize(IncidentService.ANALYST)
	@Transactional
	public TaskView addTask(IncidentId id, String title, @Nullable UUID owner, @Nullable LocalDate due) {
		IncidentView incident = access.open(id);
		if (title == null || title.isBlank() || title.length() > 300) {
			throw BusinessRuleException.onField("title", "incident.task.title");
		}
		if (due != null && (due.isBefore(LocalDate.now(IncidentService.ZONE).minusDays(1)) || due.getYear() > 2100)) {
			throw BusinessRuleException.onField("dueOn", "incident.task.due");
		}
		if (owner != null && directory.contacts(List.of(owner)).isEmpty()) {
			throw BusinessRuleException.onField("owner", "incident.task.owner");
		}
		UUID task = UUID.randomUUID();
		records.insertTask(task, id.value(), title.strip(), owner, due);
		incidents.touch(id.value());
		access.audit("incident.task-added", id.value(), incident.institutionId(), incident.reference() + " " + title.strip());
		return tasks(id).stream().filter(t -> t.id().equals(task)).findFirst().orElseThrow();
	}

	@Override
	@PreAuthorize(IncidentService.ANALYST)
	@Transactional
	public void completeTask(IncidentId id, UUID task) {
		IncidentView incident = access.visible(id);
		if (!records.completeTask(id.value(), task)) {
			throw new NotFoundException("task");
		}
		access.audit("incident.task-done", id.value(), incident.institutionId(), incident.reference() + " task " + task);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<EntryView> entries(IncidentId id) {
		access.visible(id);
		List<EntryView> entries = records.entries(id.value(), access.viewer().handler());
		Map<UUID, UserDirectory.Contact> authors = directory.contacts(new HashSet<>(entries.stream().map(EntryView::author).toList()));
		return entries.stream().map(e -> new EntryView(e.id(), e.kind(), e.body(), e.internal(), e.occurredAt(), e.author(),
				authors.containsKey(e.author()) ? authors.get(e.author()).fullName() : "")).toList();
	}

	@Override
	@PreAuthorize(IncidentService.ANALYST)
	@Transactional
	public void addTimelineEntry(IncidentId id, LocalDateTime occurredAt, String text) {
		IncidentView incident = access.visible(id);
		if (occurredAt == null) {
			throw BusinessRuleException.onField("occurredAt", "validation.required");
		}
		Instant at = IncidentService.local(occurredAt);
		if (at.isAfter(Instant.now().plusSeconds(300))) {
			throw BusinessRuleException.onField("occurredAt", "incident.time.future");
		}
		text(text);
		records.insertEntry(id.value(), EntryView.Kind.TIMELINE, text.strip(), false, at, Caller.require().userId());
		incidents.touch(id.value());
		access.audit("incident.timeline-added", id.value(), incident.institutionId(), incident.reference() + " " + at);
	}

	@Override
	@PreAuthorize("hasAnyRole('SECURITY_ANALYST', 'PARTNER', 'ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public void comment(IncidentId id, String text, boolean internal) {
		IncidentView incident = access.visible(id);
		text(text);
		boolean handler = access.viewer().handler();
		records.insertEntry(id.value(), EntryView.Kind.COMMENT, text.strip(), handler && internal, Instant.now(),
				Caller.require().userId());
		incidents.touch(id.value());
		access.audit("incident.commented", id.value(), incident.institutionId(),
				incident.reference() + (handler && internal ? " (internal)" : " (shared)"));
	}

	private static void text(String text) {
		if (text == null || text.isBlank()) {
			throw BusinessRuleException.onField("text", "validation.required");
		}
		if (text.length() > 10_000) {
			throw BusinessRuleException.onField("text", "validation.size.max", 10_000);
		}
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<IndicatorView> indicators(IncidentId id) {
		access.visible(id);
		Map<String, Object> params = access.params();
		String visible = access.visibleSql(params);
		return records.indicators(id.value(), visible, params);
	}

	@Override
	@PreAuthorize(IncidentService.ANALYST)
	@Transactional
	public IndicatorView addIndicator(IncidentId id, IndicatorKind kind, String value, @Nullable String note) {
		IncidentView incident = access.visible(id);
		Indicators.Parsed parsed = Indicators.parse(kind, value);
		if (parsed.problem() != null) {
			throw BusinessRuleException.onField("value", parsed.problem());
		}
		if (note != null && note.length() > 500) {
			throw BusinessRuleException.onField("note", "validation.size.max", 500);
		}
		UUID indicator = records.indicator(kind, parsed.value());
		if (records.link(id.value(), indicator, org.mizani.platform.Rows.blankToNull(note))) {
			incidents.touch(id.value());
			access.audit("incident.indicator-added", id.value(), incident.institutionId(),
					incident.reference() + " " + kind + " " + parsed.value());
		}
		return indicators(id).stream().filter(i -> i.id().equals(indicator)).findFirst().orElseThrow();
	}

	@Override
	@PreAuthorize(IncidentService.ANALYST)
	@Transactional
	public void removeIndicator(IncidentId id, UUID indicator) {
		IncidentView incident = access.visible(id);
		if (!records.unlink(id.value(), indicator)) {
			throw new NotFoundException("indicator");
		}
		access.audit("incident.indicator-removed", id.value(), incident.institutionId(), incident.reference() + " " + indicator);
	}

	@Override
	@PreAuthorize("hasAnyRole('SECURITY_ANALYST', 'ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public IncidentFileView attach(IncidentId id, String filename, InputStream content) throws IOException {
		IncidentView incident = access.reporterSide(id);
		Attachments.Accepted file = Attachments.accept(files, scanner, filename, content, maxFileBytes);
		UUID fileId = UUID.randomUUID();
		records.insertFile(fileId, id.value(), file.sha256(), file.filename(), file.mediaType(), file.size(),
				Caller.require().userId());
		incidents.touch(id.value());
		access.audit("incident.file-attached", id.value(), incident.institutionId(),
				incident.reference() + " " + file.filename() + " (sha256 " + file.sha256() + ")");
		return records.file(fileId).orElseThrow();
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<IncidentFileView> files(IncidentId id) {
		access.visible(id);
		return records.files(id.value());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public IncidentFileView file(UUID file) {
		IncidentFileView view = records.file(file).orElseThrow(() -> new NotFoundException("file"));
		access.visible(view.incidentId());
		return view;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public InputStream openFile(UUID file) throws IOException {
		return files.open(file(file).sha256());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<StageView> stages(IncidentId id) {
		access.visible(id);
		return records.stages(id.value());
	}

	@Override
	@PreAuthorize("hasAnyRole('SECURITY_ANALYST', 'ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public void submitStage(IncidentId id, String stage, String report) {
		IncidentView incident = access.reporterSide(id);
		if (IncidentLifecycle.dismissal(incident.status())) {
			throw new BusinessRuleException("incident.not-open");
		}
		if (report == null || report.isBlank()) {
			throw BusinessRuleException.onField("report", "validation.required");
		}
		if (report.length() > 20_000) {
			throw BusinessRuleException.onField("report", "validation.size.max", 20_000);
		}
		List<StageView> stages = records.stages(id.value());
		if (stages.stream().noneMatch(s -> s.code().equals(stage))) {
			throw new NotFoundException("stage");
		}
		if (!records.submitStage(id.value(), stage, report.strip(), Caller.require().userId())) {
			throw new BusinessRuleException("incident.stage.already-sent");
		}
		redue(id.value(), incident.detectedAt());
		incidents.touch(id.value());
		access.audit("incident.stage-sent", id.value(), incident.institutionId(), incident.reference() + " " + stage);
	}

	/** A stage counted from the previous one moves when the previous one is sent. */
	private void redue(UUID incident, Instant detected) {
		List<StageView> stages = records.stages(incident);
		List<ReportingClock.Progress> progress = new ArrayList<>();
		stages.forEach(s -> progress.add(new ReportingClock.Progress(s.code(), s.submittedAt())));
		if (stages.size() != clock.stages().size()) {
			return;
		}
		List<Instant> due = clock.due(detected, progress);
		for (int i = 0; i < stages.size(); i++) {
			if (stages.get(i).submittedAt() == null && !stages.get(i).dueAt().equals(due.get(i))) {
				records.redue(incident, stages.get(i).code(), due.get(i));
			}
		}
	}

	@Override
	@PreAuthorize(IncidentService.ANALYST)
	@Transactional
	public void reviewStage(IncidentId id, String stage, StageView.StageReview review, @Nullable String comment) {
		IncidentView incident = access.visible(id);
		if (review == null) {
			throw BusinessRuleException.onField("review", "validation.required");
		}
		if (review == StageView.StageReview.REVISION_REQUIRED && (comment == null || comment.isBlank())) {
			throw BusinessRuleException.onField("comment", "incident.stage.revision-comment");
		}
		if (comment != null && comment.length() > 5000) {
			throw BusinessRuleException.onField("comment", "validation.size.max", 5000);
		}
		if (!records.reviewStage(id.value(), stage, review, org.mizani.platform.Rows.blankToNull(comment))) {
			throw new BusinessRuleException("incident.stage.not-sent");
		}
		incidents.touch(id.value());
		access.audit("incident.stage-reviewed", id.value(), incident.institutionId(),
				incident.reference() + " " + stage + " " + review);
	}

}
