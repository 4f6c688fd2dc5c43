package org.mizani.assessment.internal;

import static org.mizani.platform.Versions.etag;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.mizani.assessment.ActionForm;
import org.mizani.assessment.ActionId;
import org.mizani.assessment.ActionManagement;
import org.mizani.assessment.ActionQuery;
import org.mizani.assessment.ActionStatus;
import org.mizani.assessment.ActionView;
import org.mizani.assessment.AreaProgress;
import org.mizani.assessment.AssessmentId;
import org.mizani.assessment.AssessmentManagement;
import org.mizani.assessment.AssessmentStatus;
import org.mizani.assessment.AssessmentView;
import org.mizani.assessment.CampaignForm;
import org.mizani.assessment.CampaignId;
import org.mizani.assessment.CampaignManagement;
import org.mizani.assessment.CampaignRow;
import org.mizani.assessment.CampaignView;
import org.mizani.assessment.EvidenceView;
import org.mizani.assessment.OverviewQuery;
import org.mizani.assessment.Priority;
import org.mizani.assessment.ResponseFilter;
import org.mizani.assessment.ResponseForm;
import org.mizani.assessment.ResponseId;
import org.mizani.assessment.ResponseView;
import org.mizani.assessment.Result;
import org.mizani.assessment.ReviewForm;
import org.mizani.assessment.Score;
import org.mizani.assessment.TrendPoint;
import org.mizani.platform.TabularFile;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.Language;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.Versions;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * JSON API of the assessment cycle. Records that change carry their version as {@code ETag}; send it
 * back as {@code If-Match} (or in the body where a form has a {@code version}) to change them.
 */
@RestController
@Tag(name = "Compliance assessment")
class AssessmentApiController {

	private final CampaignManagement campaigns;
	private final AssessmentManagement assessments;
	private final org.mizani.assessment.AssessmentEvidence evidence;
	private final org.mizani.assessment.AssessmentReports reports;
	private final ActionManagement actions;
	private final org.mizani.assessment.ComplianceScores scores;

	AssessmentApiController(CampaignManagement campaigns, AssessmentManagement assessments,
			org.mizani.assessment.AssessmentEvidence evidence, org.mizani.assessment.AssessmentReports reports,
			ActionManagement actions, org.mizani.assessment.ComplianceScores scores) {
		this.campaigns = campaigns;
		this.assessments = assessments;
		this.evidence = evidence;
		this.reports = reports;
		this.actions = actions;
		this.scores = scores;
	}

	// accepted scores

	@GetMapping("/api/v1/compliance/index")
	@Operation(summary = "National compliance index: mean of each institution's latest accepted score (authority)")
	org.mizani.assessment.ComplianceScores.ComplianceIndex index(@RequestParam(required = false) String document) {
		return scores.index(document);
	}

	@GetMapping("/api/v1/compliance/latest")
	@Operation(summary = "Each institution's latest accepted assessment with its scores (your own unless authority)")
	List<org.mizani.assessment.ComplianceScores.AcceptedAssessment> latest(@RequestParam(required = false) String document) {
		return scores.latest(document);
	}

	@GetMapping("/api/v1/compliance/institutions/{institution}")
	@Operation(summary = "An institution's accepted assessments with their scores, oldest first")
	List<org.mizani.assessment.ComplianceScores.AcceptedAssessment> history(@PathVariable UUID institution) {
		return scores.history(institution);
	}

	// campaigns

	@GetMapping("/api/v1/campaigns")
	List<CampaignView> campaigns() {
		return campaigns.campaigns();
	}

	@PostMapping("/api/v1/campaigns")
	@Operation(summary = "Create a draft campaign on a published catalogue version")
	ResponseEntity<CampaignView> create(@Valid @RequestBody CampaignForm form) {
		CampaignView view = campaigns.create(form);
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + view.id())).eTag(etag(view.version())).body(view);
	}

	@GetMapping("/api/v1/campaigns/{id}")
	ResponseEntity<CampaignView> campaign(@PathVariable CampaignId id) {
		CampaignView view = campaigns.get(id);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	@PutMapping("/api/v1/campaigns/{id}")
	@Operation(summary = "Change a draft campaign; send the ETag you read as If-Match")
	ResponseEntity<CampaignView> update(@PathVariable CampaignId id, @Valid @RequestBody CampaignForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		long version = ifMatch == null ? campaigns.get(id).version() : Versions.fromIfMatch(ifMatch, "campaign");
		CampaignView view = campaigns.update(id, form, version);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	@PostMapping("/api/v1/campaigns/{id}/launch")
	@Operation(summary = "Launch in the background; follow launchDone/launchTotal on the campaign")
	ResponseEntity<Map<String, Object>> launch(@PathVariable CampaignId id) {
		int institutions = campaigns.launch(id);
		return ResponseEntity.accepted().location(URI.create("/api/v1/campaigns/" + id))
			.body(Map.of("institutions", institutions, "status", "LAUNCHING"));
	}

	@GetMapping("/api/v1/campaigns/{id}/assessments")
	@Operation(summary = "Campaign overview: one row per institution with status, completion and score")
	PageResult<CampaignRow> overview(@PathVariable CampaignId id, @RequestParam(required = false) AssessmentStatus status,
			@RequestParam(required = false) String q, @RequestParam(required = false) Boolean late,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return campaigns.overview(id, new OverviewQuery(status, q, late), Paging.of(page, size));
	}

	@GetMapping("/api/v1/campaigns/{id}/status-counts")
	Map<AssessmentStatus, Long> counts(@PathVariable CampaignId id) {
		return campaigns.statusCounts(id);
	}

	@PostMapping("/api/v1/campaigns/{id}/reminders")
	Map<String, Integer> remind(@PathVariable CampaignId id) {
		return Map.of("institutions", campaigns.remind(id));
	}

	@PostMapping("/api/v1/campaigns/{id}/close")
	ResponseEntity<Void> close(@PathVariable CampaignId id) {
		campaigns.close(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/campaigns/{id}/export.xlsx")
	void exportCampaign(@PathVariable CampaignId id, HttpServletResponse response) throws IOException {
		campaigns.get(id);
		campaigns.exportXlsx(id, org.mizani.platform.Downloads.export(response, TabularFile.XLSX, "campaign.xlsx"));
	}

	// assessments

	@GetMapping("/api/v1/assessments")
	@Operation(summary = "Assessments of an institution (your own unless you are authority staff)")
	List<AssessmentView> assessments(@RequestParam(required = false) UUID institution) {
		UUID which = institution != null ? institution : Caller.require().institutionId();
		if (which == null) {
			throw BusinessRuleException.onField("institution", "assessment.institution-required");
		}
		return assessments.ofInstitution(which);
	}

	@GetMapping("/api/v1/assessments/{id}")
	ResponseEntity<AssessmentView> assessment(@PathVariable AssessmentId id) {
		AssessmentView view = assessments.get(id);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	@GetMapping("/api/v1/assessments/{id}/areas")
	List<AreaProgress> areas(@PathVariable AssessmentId id) {
		return assessments.areas(id);
	}

	@GetMapping("/api/v1/assessments/{id}/responses")
	List<ResponseView> responses(@PathVariable AssessmentId id, @RequestParam(required = false) String area,
			@RequestParam(required = false) ResponseFilter.Show show) {
		return assessments.responses(id, new ResponseFilter(area, show == null ? ResponseFilter.Show.ALL : show));
	}

	@GetMapping("/api/v1/assessments/responses/{id}")
	ResponseEntity<ResponseView> response(@PathVariable ResponseId id) {
		ResponseView view = assessments.response(id);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	/** An answer; {@code version} may be left out when If-Match carries it. */
	record AnswerRequest(@Nullable Result result, @Nullable Integer maturity, @Nullable @Size(max = 10000) String notes,
			@Nullable @Size(max = 5000) String justification, @Nullable UUID assigneeId, @Nullable Long version) {
	}

	@PutMapping("/api/v1/assessments/responses/{id}")
	@Operation(summary = "Save an answer; a stale version (If-Match or body) is refused with 409")
	ResponseEntity<ResponseView> save(@PathVariable ResponseId id, @Valid @RequestBody AnswerRequest answer,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		long version = ifMatch != null ? Versions.fromIfMatch(ifMatch, "response")
				: answer.version() != null ? answer.version() : assessments.response(id).version();
		if (answer.maturity() != null && (answer.maturity() < 0 || answer.maturity() > 5)) {
			throw BusinessRuleException.onField("maturity", "assessment.response.maturity-range");
		}
		ResponseView view = assessments.save(id, new ResponseForm(answer.result(), answer.maturity(), answer.notes(),
				answer.justification(), answer.assigneeId(), version));
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	record BulkRequest(@NotNull @Size(max = 1000) List<ResponseId> responses, @NotNull Result result,
			@Nullable @Size(max = 5000) String justification) {
	}

	@PostMapping("/api/v1/assessments/{id}/bulk")
	Map<String, Integer> bulk(@PathVariable AssessmentId id, @Valid @RequestBody BulkRequest request) {
		return Map.of("changed", assessments.bulkSet(id, request.responses(), request.result(), request.justification()));
	}

	@PostMapping(path = "/api/v1/assessments/responses/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload an evidence file (type judged by content; size limited)")
	ResponseEntity<EvidenceView> upload(@PathVariable ResponseId id, @RequestPart(required = false) MultipartFile file)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw BusinessRuleException.onField("file", "file.empty");
		}
		try (InputStream in = file.getInputStream()) {
			return ResponseEntity.status(HttpStatus.CREATED).body(evidence.attachFile(id, file.getOriginalFilename(), in));
		}
	}

	record LinkRequest(@NotNull @Size(max = 2000) String url, @Nullable @Size(max = 200) String title) {
	}

	@PostMapping("/api/v1/assessments/responses/{id}/links")
	ResponseEntity<EvidenceView> link(@PathVariable ResponseId id, @Valid @RequestBody LinkRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(evidence.attachLink(id, request.url(), request.title()));
	}

	@GetMapping("/api/v1/assessments/{id}/missing")
	@Operation(summary = "What still stops the head from submitting")
	List<String> missing(@PathVariable AssessmentId id) {
		return assessments.missingForSubmission(id);
	}

	@PostMapping("/api/v1/assessments/{id}/submit")
	@Operation(summary = "Submit (head of institution); send the assessment's ETag as If-Match")
	ResponseEntity<AssessmentView> submit(@PathVariable AssessmentId id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		long version = ifMatch == null ? assessments.get(id).version() : Versions.fromIfMatch(ifMatch, "assessment");
		AssessmentView view = assessments.submit(id, version);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	@PostMapping("/api/v1/assessments/responses/{id}/review")
	ResponseEntity<ResponseView> review(@PathVariable ResponseId id, @Valid @RequestBody ReviewForm form) {
		ResponseView view = assessments.review(id, form);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	record CommentRequest(@Nullable @Size(max = 5000) String comment) {
	}

	@PostMapping("/api/v1/assessments/{id}/return")
	AssessmentView returnToInstitution(@PathVariable AssessmentId id, @Valid @RequestBody CommentRequest request) {
		return assessments.returnToInstitution(id, request.comment());
	}

	@PostMapping("/api/v1/assessments/{id}/accept")
	AssessmentView accept(@PathVariable AssessmentId id, @Valid @RequestBody(required = false) CommentRequest request) {
		return assessments.accept(id, request == null ? null : request.comment());
	}

	record DeadlineRequest(@NotNull LocalDate deadline) {
	}

	@PutMapping("/api/v1/assessments/{id}/deadline")
	ResponseEntity<AssessmentView> extend(@PathVariable AssessmentId id, @Valid @RequestBody DeadlineRequest request) {
		campaigns.extendDeadline(id, request.deadline());
		return ResponseEntity.ok(assessments.get(id));
	}

	@GetMapping("/api/v1/assessments/{id}/score")
	Score score(@PathVariable AssessmentId id) {
		return assessments.score(id);
	}

	@GetMapping("/api/v1/assessments/{id}/trend")
	List<TrendPoint> trend(@PathVariable AssessmentId id) {
		return assessments.trend(id);
	}

	@GetMapping(path = "/api/v1/assessments/{id}/oscal/assessment-results", produces = MediaType.APPLICATION_JSON_VALUE)
	byte[] oscalResults(@PathVariable AssessmentId id) {
		return reports.oscalAssessmentResults(id);
	}

	@GetMapping(path = "/api/v1/assessments/{id}/oscal/poam", produces = MediaType.APPLICATION_JSON_VALUE)
	byte[] oscalPoam(@PathVariable AssessmentId id) {
		return reports.oscalPoam(id);
	}

	@GetMapping(path = "/api/v1/assessments/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	byte[] report(@PathVariable AssessmentId id, @RequestParam(required = false) String lang) {
		return reports.reportPdf(id, lang != null && Language.isSupported(lang) ? Language.fromCode(lang) : Language.EN);
	}

	// actions

	@GetMapping("/api/v1/actions")
	PageResult<ActionView> actions(@RequestParam(required = false) UUID institution,
			@RequestParam(required = false) ActionStatus status, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) AssessmentId assessment, @RequestParam(required = false) Boolean pending,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return actions.search(new ActionQuery(institution, status, overdue, assessment, pending), Paging.of(page, size));
	}

	@GetMapping("/api/v1/actions/{id}")
	ResponseEntity<ActionView> action(@PathVariable ActionId id) {
		ActionView view = actions.get(id);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	record NewAction(@NotNull ResponseId responseId, @NotNull @Valid ActionForm action) {
	}

	@PostMapping("/api/v1/actions")
	ResponseEntity<ActionView> createAction(@Valid @RequestBody NewAction request) {
		ActionView view = actions.create(request.responseId(), request.action());
		return ResponseEntity.created(URI.create("/api/v1/actions/" + view.id())).eTag(etag(view.version())).body(view);
	}

	record FromGaps(@NotNull LocalDate dueDate, @Nullable Priority priority) {
	}

	@PostMapping("/api/v1/assessments/{id}/actions")
	@Operation(summary = "One action for every gap of an accepted assessment that has none")
	Map<String, Integer> fromGaps(@PathVariable AssessmentId id, @Valid @RequestBody FromGaps request) {
		return Map.of("created", actions.createFromGaps(id, request.dueDate(), request.priority()));
	}

	@PutMapping("/api/v1/actions/{id}")
	ResponseEntity<ActionView> updateAction(@PathVariable ActionId id, @Valid @RequestBody ActionForm form) {
		ActionView view = actions.update(id, form);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	record StepRequest(@Nullable @Size(max = 5000) String note, @Nullable @Size(max = 5000) String reason) {
	}

	@PostMapping("/api/v1/actions/{id}/{step}")
	@Operation(summary = "Move an action: start, complete (note), verify, reopen (reason); send its ETag as If-Match")
	ResponseEntity<ActionView> step(@PathVariable ActionId id, @PathVariable String step,
			@Valid @RequestBody(required = false) StepRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) throws IOException {
		long version = ifMatch == null ? actions.get(id).version() : Versions.fromIfMatch(ifMatch, "action");
		StepRequest body = request == null ? new StepRequest(null, null) : request;
		ActionView view = switch (step) {
			case "start" -> actions.start(id, version);
			case "complete" -> actions.complete(id, body.note(), null, null, version);
			case "verify" -> actions.verify(id, version);
			case "reopen" -> actions.reopen(id, body.reason(), version);
			default -> throw new org.mizani.platform.NotFoundException("step");
		};
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}
}
