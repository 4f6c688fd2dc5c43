package org.mizani.project.internal;

import static org.mizani.platform.Versions.etag;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Language;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.Versions;
import org.mizani.project.AnswerView;
import org.mizani.project.ConditionView;
import org.mizani.project.Conformity;
import org.mizani.project.Decision;
import org.mizani.project.FileKind;
import org.mizani.project.Portfolio;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "ICT projects")
class ProjectApiController {

	private final ProjectManagement projects;
	private final org.mizani.project.ProjectReview review;
	private final org.mizani.project.ProjectDelivery delivery;

	ProjectApiController(ProjectManagement projects, org.mizani.project.ProjectReview review,
			org.mizani.project.ProjectDelivery delivery) {
		this.projects = projects;
		this.review = review;
		this.delivery = delivery;
	}

	@GetMapping
	PageResult<ProjectView> search(@RequestParam(required = false) ProjectStatus status,
			@RequestParam(required = false) UUID institution, @RequestParam(required = false) String sector,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
			@RequestParam(required = false) ProjectQuery.Flag flag, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return projects.search(new ProjectQuery(status, institution, sector, year, q, flag), Paging.of(page, size));
	}

	@GetMapping("/portfolio")
	@Operation(summary = "Pipeline by status, total budget, late, red and overdue reviews, average review time in working days")
	Portfolio portfolio(@RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) UUID institution,
			@RequestParam(required = false) String sector, @RequestParam(required = false) Integer year) {
		return projects.portfolio(new ProjectQuery(status, institution, sector, year, null, null));
	}

	@PostMapping
	ResponseEntity<ProjectView> create(@Valid @RequestBody ProjectForm form) {
		ProjectView view = projects.create(form);
		return ResponseEntity.created(URI.create("/api/v1/projects/" + view.id())).eTag(etag(view.version())).body(view);
	}

	@GetMapping("/{id}")
	ResponseEntity<ProjectView> get(@PathVariable ProjectId id) {
		ProjectView view = projects.get(id);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	@PutMapping("/{id}")
	ResponseEntity<ProjectView> update(@PathVariable ProjectId id, @Valid @RequestBody ProjectForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		long version = ifMatch == null ? projects.get(id).version() : Versions.fromIfMatch(ifMatch, "project");
		ProjectView view = projects.update(id, form, version);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	@GetMapping("/{id}/questionnaire")
	List<AnswerView> questionnaire(@PathVariable ProjectId id) {
		return projects.questionnaire(id);
	}

	record Answer(@NotNull Conformity answer, @Nullable @Size(max = 5000) String explanation) {
	}

	@PutMapping("/{id}/questionnaire/{requirement}")
	ResponseEntity<Void> answer(@PathVariable ProjectId id, @PathVariable UUID requirement, @Valid @RequestBody Answer answer) {
		projects.answer(id, requirement, answer.answer(), answer.explanation());
		return ResponseEntity.noContent().build();
	}

	record ItemReview(boolean ok, @Nullable @Size(max = 5000) String comment) {
	}

	@PostMapping("/{id}/questionnaire/{requirement}/review")
	ResponseEntity<Void> review(@PathVariable ProjectId id, @PathVariable UUID requirement, @Valid @RequestBody ItemReview item) {
		review.reviewItem(id, requirement, item.ok(), item.comment());
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ProjectFileView> upload(@PathVariable ProjectId id, @RequestParam(required = false) FileKind kind,
			@RequestPart(required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw BusinessRuleException.onField("file", "file.empty");
		}
		try (InputStream in = file.getInputStream()) {
			return ResponseEntity.status(HttpStatus.CREATED).body(projects.attach(id, kind, file.getOriginalFilename(), in));
		}
	}

	@GetMapping("/{id}/missing")
	List<String> missing(@PathVariable ProjectId id) {
		return projects.missingForSubmission(id);
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit (head of institution); send the project's ETag as If-Match")
	ResponseEntity<ProjectView> submit(@PathVariable ProjectId id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		long version = ifMatch == null ? projects.get(id).version() : Versions.fromIfMatch(ifMatch, "project");
		ProjectView view = projects.submit(id, version);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	@GetMapping("/{id}/submissions")
	List<Integer> submissions(@PathVariable ProjectId id) {
		return projects.submissions(id);
	}

	@GetMapping("/{id}/diff")
	SubmissionDiff diff(@PathVariable ProjectId id, @RequestParam int from, @RequestParam int to) {
		return projects.diff(id, from, to);
	}

	record DecisionRequest(@NotNull Decision decision, @Nullable @Size(max = 10000) String reasons,
			@Nullable @Size(max = 50) List<@Size(max = 2000) String> conditions) {
	}

	@PostMapping("/{id}/decision")
	ProjectView decide(@PathVariable ProjectId id, @Valid @RequestBody DecisionRequest request) {
		return review.decide(id, request.decision(), request.reasons(), request.conditions() == null ? List.of() : request.conditions());
	}

	@GetMapping("/{id}/conditions")
	List<ConditionView> conditions(@PathVariable ProjectId id) {
		return review.conditions(id);
	}

	record Fulfilment(@Nullable @Size(max = 5000) String evidence) {
	}

	@PostMapping("/{id}/conditions/{condition}/fulfil")
	ResponseEntity<Void> fulfil(@PathVariable ProjectId id, @PathVariable UUID condition, @Valid @RequestBody Fulfilment body) {
		review.fulfil(id, condition, body.evidence());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/conditions/{condition}/verify")
	ResponseEntity<Void> verify(@PathVariable ProjectId id, @PathVariable UUID condition) {
		review.verifyCondition(id, condition);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = "/{id}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	byte[] letter(@PathVariable ProjectId id, @RequestParam(required = false) String lang) {
		return review.letter(id, lang != null && Language.isSupported(lang) ? Language.fromCode(lang) : null);
	}

	@GetMapping("/{id}/reports")
	List<ReportView> reports(@PathVariable ProjectId id) {
		return delivery.reports(id);
	}

	@PostMapping("/{id}/reports")
	ResponseEntity<ReportView> report(@PathVariable ProjectId id, @Valid @RequestBody ReportForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(delivery.report(id, form));
	}

	record GoLive(@NotNull LocalDate date) {
	}

	@PostMapping("/{id}/live")
	ProjectView live(@PathVariable ProjectId id, @Valid @RequestBody GoLive body) {
		return delivery.goLive(id, body.date());
	}

	record Closure(@Nullable @Size(max = 10000) String benefits, @Nullable @Size(max = 10000) String lessons) {
	}

	@PostMapping("/{id}/close")
	ProjectView close(@PathVariable ProjectId id, @Valid @RequestBody Closure body) {
		return delivery.close(id, body.benefits(), body.lessons());
	}
}
