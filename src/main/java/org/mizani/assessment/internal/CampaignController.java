package org.mizani.assessment.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.mizani.assessment.AssessmentId;
import org.mizani.assessment.AssessmentStatus;
import org.mizani.assessment.CampaignForm;
import org.mizani.assessment.CampaignId;
import org.mizani.assessment.CampaignManagement;
import org.mizani.assessment.CampaignView;
import org.mizani.assessment.LateRule;
import org.mizani.assessment.OverviewQuery;
import org.mizani.catalog.CatalogDocumentView;
import org.mizani.catalog.CatalogManagement;
import org.mizani.catalog.VersionStatus;
import org.mizani.institution.InstitutionManagement;
import org.mizani.institution.InstitutionType;
import org.mizani.platform.TabularFile;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/campaigns")
class CampaignController {

	private final CampaignManagement campaigns;
	private final CatalogManagement catalogs;
	private final org.mizani.assessment.ActionManagement actions;
	private final InstitutionManagement institutions;
	private final MessageSource messages;
	private final Validator validator;
	private final Today today;

	CampaignController(CampaignManagement campaigns, CatalogManagement catalogs,
			org.mizani.assessment.ActionManagement actions, InstitutionManagement institutions, MessageSource messages,
			Validator validator, Today today) {
		this.campaigns = campaigns;
		this.actions = actions;
		this.catalogs = catalogs;
		this.institutions = institutions;
		this.messages = messages;
		this.validator = validator;
		this.today = today;
	}

	@GetMapping
	String list(Model model) {
		if (!Caller.require().authority()) {
			return "redirect:/assessments";
		}
		model.addAttribute("campaigns", campaigns.campaigns());
		model.addAttribute("actions", actions.summary());
		model.addAttribute("manager", Caller.require().hasRole("COMPLIANCE_OFFICER"));
		return "assessment/campaigns";
	}

	@GetMapping("/new")
	String newCampaign(Model model) {
		return form(model, null, CampaignForm.blank(today.date()), FormErrors.none());
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") CampaignForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, null, form, FormErrors.of(FormErrors.problems(binding, validator, form), messages, locale));
		}
		try {
			CampaignView created = campaigns.create(form);
			redirect.addFlashAttribute("flash", "campaign.created");
			return "redirect:/campaigns/" + created.id();
		}
		catch (BusinessRuleException e) {
			return form(model, null, form, FormErrors.of(e.problems(), messages, locale));
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable CampaignId id, Model model) {
		CampaignView c = campaigns.get(id);
		CampaignForm form = new CampaignForm(c.name(), c.versionId(), c.types(), c.sectors(), c.regions(), c.parentId(),
				institutions.acronyms(c.institutions().stream().map(org.mizani.institution.InstitutionId::new).toList())
					.values().stream().toList(),
				c.opensOn(), c.deadline(), c.instructionsSw(), c.instructionsEn(), c.lateRule());
		return form(model, c, form, FormErrors.none());
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable CampaignId id, @Valid @ModelAttribute("form") CampaignForm form, BindingResult binding,
			@RequestParam long version, Model model, Locale locale, RedirectAttributes redirect) {
		CampaignView current = campaigns.get(id);
		if (binding.hasErrors()) {
			return form(model, current, form, FormErrors.of(FormErrors.problems(binding, validator, form), messages, locale));
		}
		try {
			campaigns.update(id, form, version);
			redirect.addFlashAttribute("flash", "campaign.saved");
			return "redirect:/campaigns/" + id;
		}
		catch (BusinessRuleException e) {
			return form(model, current, form, FormErrors.of(e.problems(), messages, locale));
		}
		catch (ConcurrentChangeException e) {
			return form(model, current, form,
					FormErrors.of(java.util.List.of(new FieldProblem(null, "form.conflict")), messages, locale));
		}
	}

	@GetMapping("/{id}")
	String overview(@PathVariable CampaignId id, @RequestParam(required = false) AssessmentStatus status,
			@RequestParam(required = false) String q, @RequestParam(required = false) Boolean late,
			@RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		CampaignView campaign = campaigns.get(id);
		OverviewQuery query = new OverviewQuery(status, q, late);
		model.addAttribute("campaign", campaign);
		model.addAttribute("query", query);
		model.addAttribute("statuses", AssessmentStatus.values());
		model.addAttribute("counts", campaigns.statusCounts(id));
		model.addAttribute("result", campaigns.overview(id, query, Paging.of(page, 50)));
		model.addAttribute("manager", Caller.require().hasRole("COMPLIANCE_OFFICER"));
		model.addAttribute("today", today.date());
		return htmx != null ? "assessment/campaign :: results" : "assessment/campaign";
	}

	@GetMapping("/{id}/progress")
	String progress(@PathVariable CampaignId id, Model model, HttpServletResponse response) {
		CampaignView campaign = campaigns.get(id);
		model.addAttribute("campaign", campaign);
		if (campaign.status() != org.mizani.assessment.CampaignStatus.LAUNCHING) {
			// htmx reloads the page when the launch has finished (or failed), to show the assessments
			response.setHeader("HX-Refresh", "true");
		}
		// by the fragment's own name: "progress" would also select every <progress> element of the page
		return "assessment/campaign :: launch-progress";
	}

	@PostMapping("/{id}/launch")
	String launch(@PathVariable CampaignId id, RedirectAttributes redirect) {
		return Redirects.after(() -> campaigns.launch(id), "/campaigns/" + id, "campaign.launch.started", redirect);
	}

	@PostMapping("/{id}/remind")
	String remind(@PathVariable CampaignId id, RedirectAttributes redirect) {
		return Redirects.after(() -> redirect.addFlashAttribute("reminded", campaigns.remind(id)), "/campaigns/" + id,
				"campaign.reminded", redirect);
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable CampaignId id, RedirectAttributes redirect) {
		return Redirects.after(() -> campaigns.close(id), "/campaigns/" + id, "campaign.closed", redirect);
	}

	@PostMapping("/assessments/{assessment}/deadline")
	String extend(@PathVariable AssessmentId assessment, @RequestParam(required = false) LocalDate deadline,
			RedirectAttributes redirect) {
		return Redirects.after(() -> {
			if (deadline == null) {
				throw BusinessRuleException.onField("deadline", "campaign.extend.not-later");
			}
			campaigns.extendDeadline(assessment, deadline);
		}, "/assessments/" + assessment, "campaign.extended", redirect);
	}

	@GetMapping("/{id}/export.xlsx")
	void export(@PathVariable CampaignId id, HttpServletResponse response) throws IOException {
		CampaignView campaign = campaigns.get(id);
		campaigns.exportXlsx(id, org.mizani.platform.Downloads.export(response, TabularFile.XLSX, "campaign-" + campaign.name().replaceAll("[^A-Za-z0-9.-]", "_") + ".xlsx"));
	}

	private String form(Model model, CampaignView existing, CampaignForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("existing", existing);
		model.addAttribute("versions", catalogs.documents().stream().map(CatalogDocumentView::id)
			.flatMap(d -> catalogs.versions(d).stream()).filter(v -> v.status() == VersionStatus.PUBLISHED).toList());
		model.addAttribute("types", InstitutionType.values());
		model.addAttribute("lateRules", LateRule.values());
		model.addAttribute("parents", institutions.options());
		model.addAttribute("suggestions", institutions.suggestions());
		return "assessment/campaign-form";
	}
}
