package org.mizani.assessment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.mizani.assessment.AssessmentManagement;
import org.mizani.assessment.AssessmentView;
import org.mizani.assessment.EvidenceFileView;
import org.mizani.assessment.EvidenceId;
import org.mizani.assessment.ResponseConflictException;
import org.mizani.assessment.ResponseForm;
import org.mizani.assessment.ResponseId;
import org.mizani.assessment.ResponseView;
import org.mizani.assessment.Result;
import org.mizani.assessment.ReviewForm;
import org.mizani.assessment.ReviewState;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.Downloads;
import org.mizani.platform.FormErrors;
import org.mizani.platform.Today;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The assessment workspace: the list of requirements by area, each response's editor (saved as you
 * go with htmx, or posted as a plain form), evidence, submission, and the authority's review.
 */
/**
 * One requirement of an assessment: the response editor (saved as you go with htmx, or as a plain
 * form), its evidence, and the reviewer's decision on it.
 */
@Controller
class ResponseController {

	private final AssessmentManagement assessments;
	private final org.mizani.assessment.AssessmentEvidence evidence;
	private final MessageSource messages;
	private final Today today;

	ResponseController(AssessmentManagement assessments, org.mizani.assessment.AssessmentEvidence evidence,
			MessageSource messages, Today today) {
		this.assessments = assessments;
		this.evidence = evidence;
		this.messages = messages;
		this.today = today;
	}

	@GetMapping("/responses/{id}")
	String response(@PathVariable ResponseId id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		ResponseView response = assessments.response(id);
		return editor(model, response, null, FormErrors.none(), null, htmx != null);
	}

	@PostMapping("/responses/{id}")
	String save(@PathVariable ResponseId id, @RequestParam(required = false) Result result,
			@RequestParam(required = false) String maturity, @RequestParam(required = false) String notes,
			@RequestParam(required = false) String justification, @RequestParam(required = false) String assigneeId,
			@RequestParam(defaultValue = "-1") long version,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
			HttpServletResponse http) {
		ResponseView response = assessments.response(id);
		List<FieldProblem> problems = new ArrayList<>();
		Integer level = parseMaturity(maturity, problems);
		UUID assignee = parseUuid(assigneeId, "assigneeId", problems);
		ResponseForm form = new ResponseForm(result, level, notes, justification, assignee, version);
		if (notes != null && notes.length() > 10_000) {
			problems.add(new FieldProblem("notes", "validation.size.max", 10_000));
		}
		if (justification != null && justification.length() > 5_000) {
			problems.add(new FieldProblem("justification", "validation.size.max", 5_000));
		}
		try {
			if (!problems.isEmpty()) {
				throw new BusinessRuleException(problems);
			}
			ResponseView saved = assessments.save(id, form);
			return editor(model, saved, null, FormErrors.none(), "assessment.response.saved", htmx != null);
		}
		catch (ResponseConflictException e) {
			http.setStatus(htmx != null ? 200 : HttpStatus.CONFLICT.value());
			return editor(model, e.stored(), form, FormErrors.none(), null, htmx != null);
		}
		catch (BusinessRuleException e) {
			http.setStatus(htmx != null ? 200 : HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("typed", form);
			return editor(model, response, null, FormErrors.of(e.problems(), messages, locale), null, htmx != null);
		}
	}

	@PostMapping("/responses/{id}/evidence/file")
	String upload(@PathVariable ResponseId id, @RequestParam(required = false) MultipartFile file,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
			HttpServletResponse http) throws IOException {
		return evidenceChange(id, htmx != null, model, locale, http, "assessment.evidence.added", () -> {
			if (file == null || file.isEmpty()) {
				throw BusinessRuleException.onField("file", "file.empty");
			}
			try (InputStream in = file.getInputStream()) {
				evidence.attachFile(id, file.getOriginalFilename(), in);
			}
		});
	}

	@PostMapping("/responses/{id}/evidence/link")
	String link(@PathVariable ResponseId id, @RequestParam(required = false) String url,
			@RequestParam(required = false) String title,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
			HttpServletResponse http) throws IOException {
		return evidenceChange(id, htmx != null, model, locale, http, "assessment.evidence.added",
				() -> evidence.attachLink(id, url, title));
	}

	@PostMapping("/responses/{id}/evidence/reuse")
	String reuse(@PathVariable ResponseId id, @RequestParam(required = false) String file,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
			HttpServletResponse http) throws IOException {
		return evidenceChange(id, htmx != null, model, locale, http, "assessment.evidence.added", () -> {
			UUID fileId = parseUuid(file, "file", new ArrayList<>());
			if (fileId == null) {
				throw BusinessRuleException.onField("file", "assessment.evidence.unknown");
			}
			evidence.attachExisting(id, new EvidenceId(fileId));
		});
	}

	@PostMapping("/responses/{id}/evidence/{attachment}/remove")
	String remove(@PathVariable ResponseId id, @PathVariable UUID attachment,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
			HttpServletResponse http) throws IOException {
		return evidenceChange(id, htmx != null, model, locale, http, "assessment.evidence.removed",
				() -> evidence.detach(id, attachment));
	}

	interface EvidenceChange {
		void apply() throws IOException;
	}

	/** Applies a change to a response's evidence and shows the editor again, with the outcome or the problems. */
	private String evidenceChange(ResponseId id, boolean htmx, Model model, Locale locale, HttpServletResponse http,
			String done, EvidenceChange change) throws IOException {
		try {
			change.apply();
			return editor(model, assessments.response(id), null, FormErrors.none(), done, htmx);
		}
		catch (BusinessRuleException e) {
			http.setStatus(htmx ? 200 : HttpStatus.UNPROCESSABLE_CONTENT.value());
			return editor(model, assessments.response(id), null, FormErrors.of(e.problems(), messages, locale), null, htmx);
		}
	}

	@GetMapping("/evidence/{id}")
	ResponseEntity<org.springframework.core.io.InputStreamResource> download(@PathVariable EvidenceId id)
			throws IOException {
		EvidenceFileView file = evidence.evidenceFile(id);
		return Downloads.attachment(file.filename(), file.mediaType(), file.size(), evidence.openEvidence(id));
	}


	@PostMapping("/responses/{id}/review")
	String review(@PathVariable ResponseId id, @RequestParam(required = false) ReviewForm.Decision decision,
			@RequestParam(required = false) Result overrideResult, @RequestParam(required = false) String comment,
			@RequestParam(defaultValue = "-1") long version,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
			HttpServletResponse http) {
		try {
			if (decision == null) {
				throw BusinessRuleException.onField("decision", "assessment.review.decision-required");
			}
			if (comment != null && comment.length() > 5000) {
				throw BusinessRuleException.onField("comment", "validation.size.max", 5000);
			}
			ResponseView reviewed = assessments.review(id, new ReviewForm(decision, overrideResult, comment, version));
			return editor(model, reviewed, null, FormErrors.none(), "assessment.review.saved", htmx != null);
		}
		catch (ResponseConflictException e) {
			http.setStatus(htmx != null ? 200 : HttpStatus.CONFLICT.value());
			return editor(model, e.stored(), null,
					FormErrors.of(List.of(new FieldProblem(null, "form.conflict")), messages, locale), null, htmx != null);
		}
		catch (BusinessRuleException e) {
			http.setStatus(htmx != null ? 200 : HttpStatus.UNPROCESSABLE_CONTENT.value());
			return editor(model, assessments.response(id), null, FormErrors.of(e.problems(), messages, locale), null,
					htmx != null);
		}
	}

	private String editor(Model model, ResponseView response, ResponseForm conflicting, FormErrors errors, String saved,
			boolean fragment) {
		AssessmentView assessment = assessments.get(response.assessmentId());
		model.addAttribute("assessment", assessment);
		model.addAttribute("response", response);
		model.addAttribute("conflict", conflicting);
		ResponseForm typed = (ResponseForm) model.getAttribute("typed");
		model.addAttribute("values", conflicting != null ? conflicting : typed != null ? typed
				: new ResponseForm(response.result(), response.maturity(), response.notes(), response.justification(),
						response.assigneeId(), response.version()));
		model.addAttribute("errors", errors);
		model.addAttribute("saved", saved);
		model.addAttribute("results", Result.values());
		model.addAttribute("decisions", ReviewForm.Decision.values());
		model.addAttribute("reviewStates", ReviewState.values());
		AssessmentRoles.add(model, assessment, today.date());
		if (Boolean.TRUE.equals(model.getAttribute("canEdit"))) {
			model.addAttribute("assignees", assessments.assignees(assessment.id()));
			model.addAttribute("files", evidence.evidenceFiles(assessment.id()));
		}
		return fragment ? "assessment/response :: editor" : "assessment/response";
	}

	private static Integer parseMaturity(String maturity, List<FieldProblem> problems) {
		if (maturity == null || maturity.isBlank()) {
			return null;
		}
		try {
			int level = Integer.parseInt(maturity.strip());
			if (level < 0 || level > 5) {
				problems.add(new FieldProblem("maturity", "assessment.response.maturity-range"));
				return null;
			}
			return level;
		}
		catch (NumberFormatException e) {
			problems.add(new FieldProblem("maturity", "assessment.response.maturity-range"));
			return null;
		}
	}

	private static UUID parseUuid(String value, String field, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			problems.add(new FieldProblem(field, "assessment.response.assignee-unknown"));
			return null;
		}
	}
}
