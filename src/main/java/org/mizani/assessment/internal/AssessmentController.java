package org.mizani.assessment.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.mizani.assessment.AreaProgress;
import org.mizani.assessment.AssessmentId;
import org.mizani.assessment.AssessmentManagement;
import org.mizani.assessment.AssessmentView;
import org.mizani.assessment.ResponseFilter;
import org.mizani.assessment.ResponseId;
import org.mizani.assessment.Result;
import org.mizani.platform.TabularFile;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.Language;
import org.mizani.platform.Redirects;
import org.mizani.platform.Today;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessment workspace: the list of requirements by area, each response's editor (saved as you
 * go with htmx, or posted as a plain form), evidence, submission, and the authority's review.
 */
@Controller
class AssessmentController {

	private final AssessmentManagement assessments;
	private final org.mizani.assessment.AssessmentReports reports;
	private final org.mizani.assessment.ActionManagement actions;
	private final MessageSource messages;
	private final Today today;

	AssessmentController(AssessmentManagement assessments, org.mizani.assessment.AssessmentReports reports,
			org.mizani.assessment.ActionManagement actions, MessageSource messages, Today today) {
		this.assessments = assessments;
		this.reports = reports;
		this.actions = actions;
		this.messages = messages;
		this.today = today;
	}

	@GetMapping("/assessments")
	String mine(Model model) {
		Caller caller = Caller.require();
		if (caller.authority()) {
			return "redirect:/campaigns";
		}
		model.addAttribute("assessments", caller.institutionId() == null ? List.of()
				: assessments.ofInstitution(caller.institutionId()));
		model.addAttribute("actions", actions.summary());
		return "assessment/mine";
	}

	@GetMapping("/assessments/{id}")
	String workspace(@PathVariable AssessmentId id, @RequestParam(required = false) String area,
			@RequestParam(required = false) ResponseFilter.Show show,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		AssessmentView assessment = assessments.get(id);
		List<AreaProgress> areas = assessments.areas(id);
		ResponseFilter filter = new ResponseFilter(area == null || area.isBlank() ? null : area,
				show == null ? ResponseFilter.Show.ALL : show);
		model.addAttribute("assessment", assessment);
		model.addAttribute("areas", areas);
		model.addAttribute("filter", filter);
		model.addAttribute("shows", ResponseFilter.Show.values());
		model.addAttribute("responses", assessments.responses(id, filter));
		model.addAttribute("results", Result.values());
		AssessmentRoles.add(model, assessment, today.date());
		return htmx != null ? "assessment/workspace :: responses" : "assessment/workspace";
	}

	@PostMapping("/assessments/{id}/bulk")
	String bulk(@PathVariable AssessmentId id, @RequestParam(name = "selected", required = false) List<String> selected,
			@RequestParam(required = false) Result result, @RequestParam(required = false) String justification,
			@RequestParam(required = false) String area, @RequestParam(required = false) String show,
			RedirectAttributes redirect) {
		try {
			if (result == null) {
				throw BusinessRuleException.onField("result", "assessment.bulk.result-required");
			}
			List<ResponseId> ids = new ArrayList<>();
			for (String s : selected == null ? List.<String>of() : selected) {
				ids.add(ResponseId.of(s));
			}
			int n = assessments.bulkSet(id, ids, result, justification);
			redirect.addFlashAttribute("flash", "assessment.bulk.done");
			redirect.addFlashAttribute("bulkCount", n);
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("problems", e.problems());
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("problems", List.of(new FieldProblem("selected", "assessment.bulk.none-selected")));
		}
		redirect.addAttribute("area", area == null ? "" : area);
		redirect.addAttribute("show", show == null ? "ALL" : show);
		return "redirect:/assessments/" + id;
	}

	@GetMapping("/assessments/{id}/submit")
	String confirmSubmit(@PathVariable AssessmentId id, Model model) {
		AssessmentView assessment = assessments.get(id);
		model.addAttribute("assessment", assessment);
		model.addAttribute("missing", assessments.missingForSubmission(id));
		AssessmentRoles.add(model, assessment, today.date());
		return "assessment/submit";
	}

	@PostMapping("/assessments/{id}/submit")
	String submit(@PathVariable AssessmentId id, @RequestParam(defaultValue = "-1") long version,
			RedirectAttributes redirect) {
		try {
			assessments.submit(id, version);
			redirect.addFlashAttribute("flash", "assessment.submitted");
			return "redirect:/assessments/" + id;
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("problems", e.problems());
		}
		catch (ConcurrentChangeException e) {
			redirect.addFlashAttribute("problems", List.of(new FieldProblem(null, "form.conflict")));
		}
		return "redirect:/assessments/" + id + "/submit";
	}

	@PostMapping("/assessments/{id}/return")
	String returnToInstitution(@PathVariable AssessmentId id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return Redirects.after(() -> assessments.returnToInstitution(id, comment),
				"/assessments/" + id, "assessment.returned",
				redirect);
	}

	@PostMapping("/assessments/{id}/accept")
	String accept(@PathVariable AssessmentId id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return Redirects.after(() -> assessments.accept(id, comment),
				"/assessments/" + id, "assessment.accepted", redirect);
	}

	@GetMapping("/assessments/{id}/scores")
	String scores(@PathVariable AssessmentId id, Model model) {
		AssessmentView assessment = assessments.get(id);
		model.addAttribute("assessment", assessment);
		model.addAttribute("areas", assessments.areas(id));
		model.addAttribute("score", assessments.score(id));
		model.addAttribute("trend", ScoreTrend.of(assessments.trend(id), assessments.areas(id)));
		AssessmentRoles.add(model, assessment, today.date());
		return "assessment/scores";
	}

	@GetMapping("/assessments/{id}/report.pdf")
	ResponseEntity<byte[]> report(@PathVariable AssessmentId id, Locale locale) {
		AssessmentView assessment = assessments.get(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("assessment-" + assessment.institutionAcronym().replaceAll("[^A-Za-z0-9.-]", "_") + ".pdf").build()
				.toString())
			.contentType(MediaType.APPLICATION_PDF).body(reports.reportPdf(id, Language.of(locale)));
	}

	@GetMapping("/assessments/{id}/export.xlsx")
	void export(@PathVariable AssessmentId id, HttpServletResponse response) throws IOException {
		AssessmentView assessment = assessments.get(id);
		reports.exportXlsx(id, org.mizani.platform.Downloads.export(response, TabularFile.XLSX, "assessment-" + assessment.institutionAcronym().replaceAll("[^A-Za-z0-9.-]", "_") + ".xlsx"));
	}

	@GetMapping("/assessments/{id}/oscal/assessment-results.json")
	ResponseEntity<byte[]> oscalResults(@PathVariable AssessmentId id) {
		return json("assessment-results.json", reports.oscalAssessmentResults(id));
	}

	@GetMapping("/assessments/{id}/oscal/poam.json")
	ResponseEntity<byte[]> oscalPoam(@PathVariable AssessmentId id) {
		return json("poam.json", reports.oscalPoam(id));
	}

	private static ResponseEntity<byte[]> json(String name, byte[] body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(MediaType.APPLICATION_JSON).body(body);
	}
}
