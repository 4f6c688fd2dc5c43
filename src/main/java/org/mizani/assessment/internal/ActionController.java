package org.mizani.assessment.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.mizani.assessment.ActionForm;
import org.mizani.assessment.ActionId;
import org.mizani.assessment.ActionManagement;
import org.mizani.assessment.ActionQuery;
import org.mizani.assessment.ActionStatus;
import org.mizani.assessment.ActionView;
import org.mizani.assessment.AssessmentId;
import org.mizani.assessment.AssessmentManagement;
import org.mizani.assessment.Priority;
import org.mizani.assessment.ResponseId;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.FormErrors;
import org.mizani.platform.Paging;
import org.mizani.platform.Redirects;
import org.mizani.platform.Today;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Remediation actions: the list with filters, one action with its steps, and creating actions from gaps. */
@Controller
class ActionController {

	private final ActionManagement actions;
	private final AssessmentManagement assessments;
	private final MessageSource messages;
	private final Validator validator;
	private final Today today;

	ActionController(ActionManagement actions, AssessmentManagement assessments, MessageSource messages,
			Validator validator, Today today) {
		this.actions = actions;
		this.assessments = assessments;
		this.messages = messages;
		this.validator = validator;
		this.today = today;
	}

	@GetMapping("/actions")
	String list(@RequestParam(required = false) ActionStatus status, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) AssessmentId assessment, @RequestParam(required = false) java.util.UUID institution,
			@RequestParam(required = false) Boolean pending, @RequestParam(required = false) Integer page, Model model) {
		ActionQuery query = new ActionQuery(institution, status, overdue, assessment, pending);
		model.addAttribute("query", query);
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("result", actions.search(query, Paging.of(page, 50)));
		model.addAttribute("today", today.date());
		return "assessment/actions";
	}

	@GetMapping("/actions/export.xlsx")
	void export(@RequestParam(required = false) ActionStatus status, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) AssessmentId assessment, @RequestParam(required = false) java.util.UUID institution,
			@RequestParam(required = false) Boolean pending, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		actions.exportXlsx(new ActionQuery(institution, status, overdue, assessment, pending), org.mizani.platform.Downloads.export(response, org.mizani.platform.TabularFile.XLSX, "remediation-actions.xlsx"));
	}

	@GetMapping("/actions/{id}")
	String detail(@PathVariable ActionId id, Model model) {
		return detail(model, actions.get(id), null, FormErrors.none());
	}

	@PostMapping("/responses/{id}/action")
	String create(@PathVariable ResponseId id, @Valid @ModelAttribute("form") ActionForm form, BindingResult binding,
			Locale locale, RedirectAttributes redirect) {
		List<FieldProblem> problems = binding.hasErrors() ? FormErrors.problems(binding, validator, form) : List.of();
		try {
			if (!problems.isEmpty()) {
				throw new BusinessRuleException(problems);
			}
			ActionView created = actions.create(id, form);
			redirect.addFlashAttribute("flash", "action.created");
			return "redirect:/actions/" + created.id();
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("problems", e.problems());
			return "redirect:/responses/" + id;
		}
	}

	@PostMapping("/assessments/{id}/actions/from-gaps")
	String fromGaps(@PathVariable AssessmentId id, @RequestParam(required = false) LocalDate dueDate,
			@RequestParam(required = false) Priority priority, RedirectAttributes redirect) {
		try {
			if (dueDate == null) {
				throw BusinessRuleException.onField("dueDate", "action.due.past");
			}
			int n = actions.createFromGaps(id, dueDate, priority);
			redirect.addFlashAttribute("flash", "action.bulk-created");
			redirect.addFlashAttribute("created", n);
			redirect.addAttribute("assessment", id.toString());
			return "redirect:/actions";
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("problems", e.problems());
			return "redirect:/assessments/" + id;
		}
	}

	@PostMapping("/actions/{id}/edit")
	String update(@PathVariable ActionId id, @Valid @ModelAttribute("form") ActionForm form, BindingResult binding,
			Model model, Locale locale, RedirectAttributes redirect) {
		ActionView action = actions.get(id);
		if (binding.hasErrors()) {
			return detail(model, action, form, FormErrors.of(FormErrors.problems(binding, validator, form), messages, locale));
		}
		try {
			actions.update(id, form);
			redirect.addFlashAttribute("flash", "action.saved");
			return "redirect:/actions/" + id;
		}
		catch (BusinessRuleException e) {
			return detail(model, action, form, FormErrors.of(e.problems(), messages, locale));
		}
		catch (ConcurrentChangeException e) {
			return detail(model, action, form, FormErrors.of(List.of(new FieldProblem(null, "form.conflict")), messages, locale));
		}
	}

	@PostMapping("/actions/{id}/start")
	String start(@PathVariable ActionId id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		return Redirects.after(() -> actions.start(id, version), "/actions/" + id, "action.moved", redirect);
	}

	@PostMapping("/actions/{id}/complete")
	String complete(@PathVariable ActionId id, @RequestParam(required = false) String note,
			@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "-1") long version,
			RedirectAttributes redirect) {
		return Redirects.after(() -> {
			if (file == null || file.isEmpty()) {
				actions.complete(id, note, null, null, version);
				return;
			}
			try (InputStream in = file.getInputStream()) {
				actions.complete(id, note, file.getOriginalFilename(), in, version);
			}
		}, "/actions/" + id, "action.moved", redirect);
	}

	@PostMapping("/actions/{id}/verify")
	String verify(@PathVariable ActionId id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		return Redirects.after(() -> actions.verify(id, version), "/actions/" + id, "action.moved", redirect);
	}

	@PostMapping("/actions/{id}/reopen")
	String reopen(@PathVariable ActionId id, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		return Redirects.after(() -> actions.reopen(id, reason, version), "/actions/" + id, "action.moved", redirect);
	}

	private String detail(Model model, ActionView action, ActionForm form, FormErrors errors) {
		Caller caller = Caller.require();
		boolean own = !caller.authority() && action.institutionId().equals(caller.institutionId());
		boolean filler = own && (caller.hasRole("ICT_OFFICER") || caller.hasRole("INSTITUTION_HEAD"));
		model.addAttribute("action", action);
		model.addAttribute("form", form != null ? form
				: new ActionForm(action.title(), action.description(), action.ownerId(), action.dueDate(), action.priority(),
						action.version()));
		model.addAttribute("errors", errors);
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("filler", filler);
		model.addAttribute("reviewer", caller.hasRole("COMPLIANCE_OFFICER"));
		model.addAttribute("canEdit", (filler || caller.hasRole("COMPLIANCE_OFFICER")) && action.status() != ActionStatus.VERIFIED);
		model.addAttribute("owners", action.assessmentId() == null ? assessments.assigneesOf(action.institutionId())
				: assessments.assignees(action.assessmentId()));
		model.addAttribute("today", today.date());
		return "assessment/action";
	}
}
