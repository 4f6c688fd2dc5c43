package org.mizani.incident.internal;

import static org.mizani.platform.Versions.etag;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.mizani.incident.EntryView;
import org.mizani.incident.IncidentFileView;
import org.mizani.incident.IncidentHandling;
import org.mizani.incident.IncidentId;
import org.mizani.incident.IncidentManagement;
import org.mizani.incident.IncidentMetrics;
import org.mizani.incident.IncidentQuery;
import org.mizani.incident.IncidentReport;
import org.mizani.incident.IncidentReporting;
import org.mizani.incident.IncidentStatus;
import org.mizani.incident.IncidentView;
import org.mizani.incident.IndicatorKind;
import org.mizani.incident.IndicatorView;
import org.mizani.incident.Severity;
import org.mizani.incident.StageView;
import org.mizani.incident.TaskView;
import org.mizani.incident.Transition;
import org.mizani.incident.Triage;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.Versions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Security incidents")
class IncidentApiController {

	private final IncidentManagement incidents;
	private final IncidentHandling handling;
	private final IncidentReporting reporting;

	IncidentApiController(IncidentManagement incidents, IncidentHandling handling, IncidentReporting reporting) {
		this.incidents = incidents;
		this.handling = handling;
		this.reporting = reporting;
	}

	@GetMapping
	PageResult<IncidentView> search(@RequestParam(required = false) IncidentStatus status,
			@RequestParam(required = false) Severity severity, @RequestParam(required = false) String category,
			@RequestParam(required = false) UUID institution, @RequestParam(required = false) UUID system,
			@RequestParam(required = false) String q, @RequestParam(required = false) IncidentQuery.Flag flag,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return incidents.search(new IncidentQuery(status, severity, category, institution, system, q, flag), Paging.of(page, size));
	}

	@GetMapping("/metrics")
	@Operation(summary = "Mean hours to acknowledge, contain and close, and reporting-clock compliance, by a dimension")
	IncidentMetrics metrics(@RequestParam(required = false) IncidentMetrics.Dimension by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return reporting.metrics(by == null ? IncidentMetrics.Dimension.CATEGORY : by, from, to);
	}

	@PostMapping
	ResponseEntity<IncidentView> report(@Valid @RequestBody IncidentReport report) {
		IncidentView view = incidents.report(report);
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + view.id())).eTag(etag(view.version())).body(view);
	}

	@GetMapping("/{id}")
	ResponseEntity<IncidentView> get(@PathVariable IncidentId id) {
		IncidentView view = incidents.get(id);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	private long version(IncidentId id, @Nullable String ifMatch) {
		return ifMatch == null ? incidents.get(id).version() : Versions.fromIfMatch(ifMatch, "incident");
	}

	@PutMapping("/{id}/triage")
	ResponseEntity<IncidentView> triage(@PathVariable IncidentId id, @Valid @RequestBody Triage triage,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		IncidentView view = incidents.triage(id, triage, version(id, ifMatch));
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	@PostMapping("/{id}/transitions")
	@Operation(summary = "Moves the incident to another state; closing needs rootCause and lessonsLearned")
	ResponseEntity<IncidentView> transition(@PathVariable IncidentId id, @Valid @RequestBody Transition transition,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		IncidentView view = incidents.transition(id, transition, version(id, ifMatch));
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	record Assignment(@Nullable UUID assignee) {
	}

	@PutMapping("/{id}/assignee")
	ResponseEntity<Void> assign(@PathVariable IncidentId id, @RequestBody Assignment assignment) {
		incidents.assign(id, assignment.assignee());
		return ResponseEntity.noContent().build();
	}

	record Escalation(@NotNull UUID partner, @NotBlank @Size(max = 5000) String note) {
	}

	@PostMapping("/{id}/escalation")
	IncidentView escalate(@PathVariable IncidentId id, @Valid @RequestBody Escalation escalation) {
		return incidents.escalate(id, escalation.partner(), escalation.note());
	}

	@GetMapping(path = "/{id}/stix", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The incident as a STIX 2.1 bundle with TLP 2.0 markings")
	String stix(@PathVariable IncidentId id) {
		return reporting.stix(id);
	}

	@GetMapping("/{id}/stages")
	List<StageView> stages(@PathVariable IncidentId id) {
		return handling.stages(id);
	}

	record StageReport(@NotBlank @Size(max = 20000) String report) {
	}

	@PutMapping("/{id}/stages/{stage}")
	ResponseEntity<Void> submitStage(@PathVariable IncidentId id, @PathVariable String stage,
			@Valid @RequestBody StageReport report) {
		handling.submitStage(id, stage, report.report());
		return ResponseEntity.noContent().build();
	}

	record StageReviewForm(@NotNull StageView.StageReview review, @Nullable @Size(max = 5000) String comment) {
	}

	@PutMapping("/{id}/stages/{stage}/review")
	ResponseEntity<Void> reviewStage(@PathVariable IncidentId id, @PathVariable String stage,
			@Valid @RequestBody StageReviewForm review) {
		handling.reviewStage(id, stage, review.review(), review.comment());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/tasks")
	List<TaskView> tasks(@PathVariable IncidentId id) {
		return handling.tasks(id);
	}

	record TaskForm(@NotBlank @Size(max = 300) String title, @Nullable UUID owner, @Nullable LocalDate dueOn) {
	}

	@PostMapping("/{id}/tasks")
	@ResponseStatus(HttpStatus.CREATED)
	TaskView addTask(@PathVariable IncidentId id, @Valid @RequestBody TaskForm task) {
		return handling.addTask(id, task.title(), task.owner(), task.dueOn());
	}

	@PostMapping("/{id}/tasks/{task}/done")
	ResponseEntity<Void> completeTask(@PathVariable IncidentId id, @PathVariable UUID task) {
		handling.completeTask(id, task);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/entries")
	List<EntryView> entries(@PathVariable IncidentId id) {
		return handling.entries(id);
	}

	record EntryForm(@NotNull EntryView.Kind kind, @NotBlank @Size(max = 10000) String text, boolean internal,
			@Nullable LocalDateTime occurredAt) {
	}

	@PostMapping("/{id}/entries")
	@Operation(summary = "Adds a comment (shared, or internal for the handlers) or, for analysts, a timeline entry")
	ResponseEntity<Void> addEntry(@PathVariable IncidentId id, @Valid @RequestBody EntryForm entry) {
		switch (entry.kind()) {
			case COMMENT -> handling.comment(id, entry.text(), entry.internal());
			case TIMELINE -> handling.addTimelineEntry(id, entry.occurredAt(), entry.text());
			default -> throw BusinessRuleException.onField("kind", "incident.entry.kind");
		}
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	@GetMapping("/{id}/indicators")
	List<IndicatorView> indicators(@PathVariable IncidentId id) {
		return handling.indicators(id);
	}

	record IndicatorForm(@NotNull IndicatorKind kind, @NotBlank @Size(max = 2048) String value,
			@Nullable @Size(max = 500) String note) {
	}

	@PostMapping("/{id}/indicators")
	@ResponseStatus(HttpStatus.CREATED)
	IndicatorView addIndicator(@PathVariable IncidentId id, @Valid @RequestBody IndicatorForm indicator) {
		return handling.addIndicator(id, indicator.kind(), indicator.value(), indicator.note());
	}

	@DeleteMapping("/{id}/indicators/{indicator}")
	ResponseEntity<Void> removeIndicator(@PathVariable IncidentId id, @PathVariable UUID indicator) {
		handling.removeIndicator(id, indicator);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/files")
	List<IncidentFileView> files(@PathVariable IncidentId id) {
		return handling.files(id);
	}

	@PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	IncidentFileView attach(@PathVariable IncidentId id, @RequestPart(required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw BusinessRuleException.onField("file", "file.empty");
		}
		try (InputStream in = file.getInputStream()) {
			return handling.attach(id, file.getOriginalFilename(), in);
		}
	}
}
