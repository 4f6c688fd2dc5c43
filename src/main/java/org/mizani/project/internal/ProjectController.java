package org.mizani.project.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.mizani.catalog.CatalogDocumentView;
import org.mizani.catalog.CatalogManagement;
import org.mizani.catalog.VersionStatus;
import org.mizani.platform.TabularFile;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.Downloads;
import org.mizani.platform.FormErrors;
import org.mizani.platform.Language;
import org.mizani.platform.Paging;
import org.mizani.platform.Redirects;
import org.mizani.platform.Today;
import org.mizani.project.Conformity;
import org.mizani.project.Decision;
import org.mizani.project.DeliveryModel;
import org.mizani.project.FileKind;
import org.mizani.project.ProjectFileView;
import org.mizani.project.ProjectForm;
import org.mizani.project.ProjectId;
import org.mizani.project.ProjectManagement;
import org.mizani.project.ProjectQuery;
import org.mizani.project.ProjectStatus;
import org.mizani.project.ProjectView;
import org.mizani.project.Rag;
import org.mizani.project.ReportForm;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/projects")
class ProjectController {

	private final ProjectManagement projects;
	private final org.mizani.project.ProjectReview review;
	private final org.mizani.project.ProjectDelivery delivery;
	private final CatalogManagement catalogs;
	private final MessageSource messages;
	private final Validator validator;
	private final Today today;
	private final ReportingPeriod periods;

	ProjectController(ProjectManagement projects, org.mizani.project.ProjectReview review,
			org.mizani.project.ProjectDelivery delivery, CatalogManagement catalogs, MessageSource messages, Validator validator,
			Today today, @org.springframework.beans.factory.annotation.Value("${mizani.project.report-period:QUARTER}") ReportingPeriod periods) {
		this.projects = projects;
		this.review = review;
		this.delivery = delivery;
		this.catalogs = catalogs;
		this.messages = messages;
		this.validator = validator;
		this.today = today;
		this.periods = periods;
	}

	@GetMapping
	String list(@RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) String sector,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
			@RequestParam(required = false) ProjectQuery.Flag flag, @RequestParam(required = false) UUID institution,
			@RequestParam(required = false) Integer page, Model model) {
		ProjectQuery query = new ProjectQuery(status, institution, sector, year, q, flag);
		model.addAttribute("query", query);
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("flags", ProjectQuery.Flag.values());
		model.addAttribute("portfolio", projects.portfolio(query));
		model.addAttribute("result", projects.search(query, Paging.of(page, 50)));
		model.addAttribute("today", today.date());
		model.addAttribute("canPropose", canPropose());
		return "project/list";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) String sector,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
			@RequestParam(required = false) ProjectQuery.Flag flag, @RequestParam(required = false) UUID institution,
			HttpServletResponse response) throws IOException {
		ProjectQuery query = new ProjectQuery(status, institution, sector, year, q, flag);
		projects.portfolio(query);
		projects.exportXlsx(query, org.mizani.platform.Downloads.export(response, TabularFile.XLSX, "ict-projects.xlsx"));
	}

	@GetMapping("/new")
	String newProject(Model model) {
		return form(model, null, new ProjectForm("", "", "", "", "", "", null, "", today.date().plusMonths(1),
				today.date().plusMonths(13), DeliveryModel.VENDOR, "", "", null), FormErrors.none());
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") ProjectForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, null, form, FormErrors.of(FormErrors.problems(binding, validator, form), messages, locale));
		}
		try {
			ProjectView created = projects.create(form);
			redirect.addFlashAttribute("flash", "project.created");
			return "redirect:/projects/" + created.id();
		}
		catch (BusinessRuleException e) {
			return form(model, null, form, FormErrors.of(e.problems(), messages, locale));
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable ProjectId id, Model model) {
		ProjectView project = projects.get(id);
		return form(model, project, project.form(), FormErrors.none());
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable ProjectId id, @Valid @ModelAttribute("form") ProjectForm form, BindingResult binding,
			@RequestParam(defaultValue = "-1") long version, Model model, Locale locale, RedirectAttributes redirect) {
		ProjectView project = projects.get(id);
		if (binding.hasErrors()) {
			return form(model, project, form, FormErrors.of(FormErrors.problems(binding, validator, form), messages, locale));
		}
		try {
			projects.update(id, form, version);
			redirect.addFlashAttribute("flash", "project.saved");
			return "redirect:/projects/" + id;
		}
		catch (BusinessRuleException e) {
			return form(model, project, form, FormErrors.of(e.problems(), messages, locale));
		}
		catch (ConcurrentChangeException e) {
			return form(model, project, form, FormErrors.of(List.of(new FieldProblem(null, "form.conflict")), messages, locale));
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable ProjectId id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		ProjectView project = projects.get(id);
		Caller caller = Caller.require();
		boolean own = !caller.authority() && project.institutionId().equals(caller.institutionId());
		boolean filler = own && (caller.hasRole("ICT_OFFICER") || caller.hasRole("INSTITUTION_HEAD"));
		boolean reviewer = caller.hasRole("PROJECT_REVIEWER");
		model.addAttribute("project", project);
		model.addAttribute("answers", projects.questionnaire(id));
		model.addAttribute("files", projects.files(id));
		model.addAttribute("registered", projects.registeredSystems(id));
		model.addAttribute("conditions", review.conditions(id));
		model.addAttribute("reports", delivery.reports(id));
		List<Integer> submissions = projects.submissions(id);
		model.addAttribute("submissions", submissions);
		if (submissions.size() >= 2) {
			int a = from != null ? from : submissions.get(submissions.size() - 2);
			int b = to != null ? to : submissions.get(submissions.size() - 1);
			model.addAttribute("diff", projects.diff(id, a, b));
		}
		model.addAttribute("missing", project.status().editable() ? projects.missingForSubmission(id) : List.of());
		model.addAttribute("conformities", Conformity.values());
		model.addAttribute("decisions", Decision.values());
		model.addAttribute("kinds", FileKind.values());
		model.addAttribute("rags", Rag.values());
		model.addAttribute("filler", filler);
		model.addAttribute("canEdit", filler && project.status().editable());
		model.addAttribute("canSubmit", filler && caller.hasRole("INSTITUTION_HEAD") && project.status().editable());
		model.addAttribute("canReview", reviewer && project.status() == ProjectStatus.SUBMITTED);
		model.addAttribute("reviewer", reviewer);
		model.addAttribute("today", today.date());
		model.addAttribute("currentPeriod", periods.of(today.date()));
		return "project/detail";
	}

	@PostMapping("/{id}/answers/{requirement}")
	String answer(@PathVariable ProjectId id, @PathVariable UUID requirement, @RequestParam(required = false) Conformity answer,
			@RequestParam(required = false) String explanation, RedirectAttributes redirect) {
		return Redirects.after(() -> projects.answer(id, requirement, answer, explanation),
				"/projects/" + id, "project.answer.saved", redirect);
	}

	@PostMapping("/{id}/files")
	String upload(@PathVariable ProjectId id, @RequestParam(required = false) FileKind kind,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		return Redirects.after(() -> {
			if (file == null || file.isEmpty()) {
				throw BusinessRuleException.onField("file", "file.empty");
			}
			try (InputStream in = file.getInputStream()) {
				projects.attach(id, kind, file.getOriginalFilename(), in);
			}
		}, "/projects/" + id, "project.file.added", redirect);
	}

	@GetMapping("/files/{file}")
	ResponseEntity<org.springframework.core.io.InputStreamResource> download(@PathVariable UUID file) throws IOException {
		ProjectFileView view = projects.file(file);
		return Downloads.attachment(view.filename(), view.mediaType(), view.size(), projects.openFile(file));
	}


	@PostMapping("/{id}/submit")
	String submit(@PathVariable ProjectId id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		return Redirects.after(() -> projects.submit(id, version), "/projects/" + id, "project.submitted", redirect);
	}

	@PostMapping("/{id}/review/{requirement}")
	String review(@PathVariable ProjectId id, @PathVariable UUID requirement, @RequestParam(defaultValue = "false") boolean ok,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return Redirects.after(() -> review.reviewItem(id, requirement, ok, comment),
				"/projects/" + id, "project.review.saved", redirect);
	}

	@PostMapping("/{id}/decide")
	String decide(@PathVariable ProjectId id, @RequestParam(required = false) Decision decision,
			@RequestParam(required = false) String reasons, @RequestParam(required = false) String conditions,
			RedirectAttributes redirect) {
		List<String> lines = conditions == null ? List.of() : Arrays.stream(conditions.split("\\R")).toList();
		return Redirects.after(() -> review.decide(id, decision, reasons, lines),
				"/projects/" + id, "project.decided", redirect);
	}

	@PostMapping("/{id}/conditions/{condition}/fulfil")
	String fulfil(@PathVariable ProjectId id, @PathVariable UUID condition, @RequestParam(required = false) String evidence,
			RedirectAttributes redirect) {
		return Redirects.after(() -> review.fulfil(id, condition, evidence),
				"/projects/" + id, "project.condition.saved", redirect);
	}

	@PostMapping("/{id}/conditions/{condition}/verify")
	String verify(@PathVariable ProjectId id, @PathVariable UUID condition, RedirectAttributes redirect) {
		return Redirects.after(() -> review.verifyCondition(id, condition),
				"/projects/" + id, "project.condition.saved", redirect);
	}

	@GetMapping("/{id}/letter.pdf")
	ResponseEntity<byte[]> letter(@PathVariable ProjectId id, @RequestParam(required = false) String lang) {
		ProjectView project = projects.get(id);
		Language language = lang != null && Language.isSupported(lang) ? Language.fromCode(lang) : null;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename((project.reference() == null ? "decision" : project.reference().replaceAll("[^A-Za-z0-9.-]", "_")) + ".pdf")
				.build().toString())
			.contentType(MediaType.APPLICATION_PDF).body(review.letter(id, language));
	}

	@PostMapping("/{id}/reports")
	String report(@PathVariable ProjectId id, @RequestParam(required = false) String period,
			@RequestParam(required = false) Integer percentComplete, @RequestParam(required = false) Rag rag,
			@RequestParam(required = false) String ragReason, @RequestParam(required = false) String spendTzs,
			@RequestParam(required = false) String risks, @RequestParam(required = false) String milestones,
			Locale locale, RedirectAttributes redirect) {
		return Redirects.after(() -> {
			List<FieldProblem> problems = new ArrayList<>();
			BigDecimal spend = null;
			try {
				spend = spendTzs == null || spendTzs.isBlank() ? null : new BigDecimal(spendTzs.strip().replace(",", ""));
			}
			catch (NumberFormatException e) {
				problems.add(new FieldProblem("spendTzs", "validation.type"));
			}
			List<ReportForm.Milestone> parsed = milestones(milestones, problems);
			ReportForm form = new ReportForm(period, percentComplete, rag, ragReason, spend, risks, parsed);
			validator.validate(form).forEach(v -> problems.add(FormErrors.problem(v)));
			if (!problems.isEmpty()) {
				throw new BusinessRuleException(problems);
			}
			delivery.report(id, form);
		}, "/projects/" + id, "project.report.saved", redirect);
	}

	/** One milestone per line: name; planned date; actual date (optional). */
	private static List<ReportForm.Milestone> milestones(String text, List<FieldProblem> problems) {
		List<ReportForm.Milestone> list = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return list;
		}
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split(";");
			try {
				list.add(new ReportForm.Milestone(parts[0].strip(), LocalDate.parse(parts[1].strip()),
						parts.length > 2 && !parts[2].isBlank() ? LocalDate.parse(parts[2].strip()) : null));
			}
			catch (ArrayIndexOutOfBoundsException | DateTimeParseException e) {
				problems.add(new FieldProblem("milestones", "project.report.milestone-format"));
				return list;
			}
		}
		return list;
	}

	@PostMapping("/{id}/live")
	String live(@PathVariable ProjectId id, @RequestParam(required = false) LocalDate date, RedirectAttributes redirect) {
		return Redirects.after(() -> delivery.goLive(id, date), "/projects/" + id, "project.live.saved", redirect);
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable ProjectId id, @RequestParam(required = false) String benefits,
			@RequestParam(required = false) String lessons, RedirectAttributes redirect) {
		return Redirects.after(() -> delivery.close(id, benefits, lessons),
				"/projects/" + id, "project.closed", redirect);
	}

	private static boolean canPropose() {
		Caller caller = Caller.require();
		return !caller.authority() && (caller.hasRole("ICT_OFFICER") || caller.hasRole("INSTITUTION_HEAD"));
	}

	private String form(Model model, ProjectView existing, ProjectForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("existing", existing);
		model.addAttribute("models", DeliveryModel.values());
		model.addAttribute("versions", catalogs.documents().stream().map(CatalogDocumentView::id)
			.flatMap(d -> catalogs.versions(d).stream()).filter(v -> v.status() == VersionStatus.PUBLISHED).toList());
		return "project/form";
	}
}
