package org.mizani.incident.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.mizani.identity.Role;
import org.mizani.identity.UserDirectory;
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
import org.mizani.incident.Severity;
import org.mizani.incident.StageView;
import org.mizani.incident.Tlp;
import org.mizani.institution.InstitutionManagement;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.Downloads;
import org.mizani.platform.FormErrors;
import org.mizani.platform.Language;
import org.mizani.platform.Paging;
import org.mizani.platform.TabularFile;
import org.mizani.system.SystemRegister;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The incident pages: the list, the report form, an incident with everything about it, metrics and downloads. */
@Controller
@RequestMapping("/incidents")
class IncidentController {

	private final IncidentManagement incidents;
	private final IncidentHandling handling;
	private final IncidentReporting reporting;
	private final SystemRegister systems;
	private final InstitutionManagement institutions;
	private final UserDirectory directory;
	private final MessageSource messages;
	private final Validator validator;

	IncidentController(IncidentManagement incidents, IncidentHandling handling, IncidentReporting reporting,
			SystemRegister systems, InstitutionManagement institutions, UserDirectory directory, MessageSource messages,
			Validator validator) {
		this.incidents = incidents;
		this.handling = handling;
		this.reporting = reporting;
		this.systems = systems;
		this.institutions = institutions;
		this.directory = directory;
		this.messages = messages;
		this.validator = validator;
	}

	@GetMapping
	String list(@RequestParam(required = false) IncidentStatus status, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) String category, @RequestParam(required = false) UUID system,
			@RequestParam(required = false) String q, @RequestParam(required = false) IncidentQuery.Flag flag,
			@RequestParam(required = false) UUID institution, @RequestParam(required = false) Integer page, Model model) {
		IncidentQuery query = new IncidentQuery(status, severity, category, institution, system, q, flag);
		model.addAttribute("query", query);
		model.addAttribute("result", incidents.search(query, Paging.of(page, Paging.DEFAULT_SIZE)));
		model.addAttribute("statuses", IncidentStatus.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("flags", IncidentQuery.Flag.values());
		model.addAttribute("classes", incidents.taxonomy(false).stream().map(t -> t.classCode()).distinct().toList());
		model.addAttribute("canReport", canReport());
		return "incident/list";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) IncidentStatus status, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) String category, @RequestParam(required = false) UUID system,
			@RequestParam(required = false) String q, @RequestParam(required = false) IncidentQuery.Flag flag,
			@RequestParam(required = false) UUID institution, HttpServletResponse response) throws IOException {
		IncidentQuery query = new IncidentQuery(status, severity, category, institution, system, q, flag);
		incidents.search(query, Paging.of(0, 1));
		incidents.exportXlsx(query, org.mizani.platform.Downloads.export(response, TabularFile.XLSX, "incidents.xlsx"));
	}

	@GetMapping("/new")
	String newIncident(Model model) {
		LocalDateTime now = LocalDateTime.now(IncidentService.ZONE).truncatedTo(ChronoUnit.MINUTES);
		return form(model, new IncidentReport(null, "", "", now, null, "", "", Severity.MEDIUM, Tlp.AMBER, List.of(), "", null,
				null), FormErrors.none());
	}

	@PostMapping("/new")
	String report(@ModelAttribute("form") IncidentReport bound, BindingResult binding,
			@RequestParam(required = false) String category, Model model, Locale locale, RedirectAttributes redirect) {
		IncidentReport form = bound.withCategory(category);
		if (binding.hasErrors() || !validator.validate(form).isEmpty()) {
			return form(model, form, FormErrors.of(FormErrors.problems(binding, validator, form), messages, locale));
		}
		try {
			IncidentView created = incidents.report(form);
			redirect.addFlashAttribute("flash", "incident.reported");
			return "redirect:/incidents/" + created.id();
		}
		catch (BusinessRuleException e) {
			return form(model, form, FormErrors.of(e.problems(), messages, locale));
		}
	}

	private String form(Model model, IncidentReport form, FormErrors errors) {
		Caller caller = Caller.require();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("severities", Severity.values());
		model.addAttribute("tlps", Tlp.values());
		model.addAttribute("taxonomy", incidents.taxonomy(true));
		model.addAttribute("onBehalf", caller.hasRole("SECURITY_ANALYST"));
		model.addAttribute("institutionOptions", caller.hasRole("SECURITY_ANALYST") ? institutions.options() : List.of());
		model.addAttribute("systemOptions", caller.institutionId() == null ? List.of() : systems.ofInstitution(caller.institutionId()));
		return "incident/form";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable IncidentId id, Model model) {
		IncidentView incident = incidents.get(id);
		Caller caller = Caller.require();
		IncidentVisibility viewer = IncidentVisibility.of(caller);
		boolean analyst = caller.hasRole("SECURITY_ANALYST");
		boolean reporterSide = analyst || (incident.institutionId().equals(caller.institutionId())
				&& (caller.hasRole("ICT_OFFICER") || caller.hasRole("INSTITUTION_HEAD")));
		model.addAttribute("incident", incident);
		model.addAttribute("category", incidents.taxonomy(false).stream()
			.filter(t -> t.classCode().equals(incident.classCode()) && t.typeCode().equals(incident.typeCode())).findFirst()
			.orElse(null));
		model.addAttribute("systems", incidents.affectedSystems(id));
		model.addAttribute("stages", handling.stages(id));
		model.addAttribute("tasks", handling.tasks(id));
		model.addAttribute("entries", handling.entries(id));
		model.addAttribute("indicators", handling.indicators(id));
		model.addAttribute("files", handling.files(id));
		model.addAttribute("next", incidents.nextStates(id));
		model.addAttribute("now", java.time.Instant.now());
		model.addAttribute("today", LocalDate.now(IncidentService.ZONE));
		model.addAttribute("analyst", analyst);
		model.addAttribute("handler", viewer.handler());
		model.addAttribute("reporterSide", reporterSide);
		model.addAttribute("canComment", analyst || caller.hasRole("PARTNER") || reporterSide);
		boolean mayName = analyst || incident.reportedBy().equals(caller.userId())
				|| (caller.hasRole("INSTITUTION_HEAD") && incident.institutionId().equals(caller.institutionId()));
		model.addAttribute("mayName", mayName && incident.tlp().restricted());
		if (incident.tlp().restricted()) {
			model.addAttribute("named", directory.contacts(incidents.namedPeople(id)).values());
			model.addAttribute("members", mayName ? directory.members(incident.institutionId(), EnumSet.noneOf(Role.class)) : List.of());
		}
		if (analyst) {
			model.addAttribute("analysts", directory.staff(EnumSet.of(Role.SECURITY_ANALYST)));
			model.addAttribute("taxonomy", incidents.taxonomy(true));
			model.addAttribute("severities", Severity.values());
			model.addAttribute("tlps", Tlp.values());
			model.addAttribute("kinds", IndicatorKind.values());
			model.addAttribute("reviews", StageView.StageReview.values());
			model.addAttribute("partners", incidents.partners());
		}
		if (incident.assignee() != null) {
			model.addAttribute("assignee", directory.contacts(List.of(incident.assignee())).get(incident.assignee()));
		}
		return "incident/detail";
	}

	@GetMapping("/files/{file}")
	ResponseEntity<org.springframework.core.io.InputStreamResource> download(@PathVariable UUID file) throws IOException {
		IncidentFileView view = handling.file(file);
		return Downloads.attachment(view.filename(), view.mediaType(), view.size(), handling.openFile(file));
	}

	@GetMapping("/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable IncidentId id, @RequestParam(required = false) String lang, Locale locale) {
		IncidentView incident = incidents.get(id);
		Language language = lang != null && Language.isSupported(lang) ? Language.fromCode(lang) : Language.fromCode(locale.getLanguage());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(incident.reference() + ".pdf").build().toString())
			.contentType(MediaType.APPLICATION_PDF).body(reporting.reportPdf(id, language));
	}

	@GetMapping("/{id}/stix.json")
	ResponseEntity<String> stix(@PathVariable IncidentId id) {
		IncidentView incident = incidents.get(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(incident.reference() + ".stix.json").build().toString())
			.contentType(MediaType.APPLICATION_JSON).body(reporting.stix(id));
	}

	@GetMapping("/metrics")
	String metrics(@RequestParam(required = false) IncidentMetrics.Dimension by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model,
			RedirectAttributes redirect) {
		IncidentMetrics.Dimension dimension = by == null ? IncidentMetrics.Dimension.CATEGORY : by;
		if (from == null && to == null) {
			// Leaders read the last twelve months unless they ask for another period.
			from = LocalDate.now(IncidentService.ZONE).minusMonths(12);
		}
		model.addAttribute("by", dimension);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("dimensions", IncidentMetrics.Dimension.values());
		try {
			model.addAttribute("metrics", reporting.metrics(dimension, from, to));
		}
		catch (BusinessRuleException e) {
			model.addAttribute("problems", e.problems());
			model.addAttribute("metrics", reporting.metrics(dimension, null, null));
		}
		model.addAttribute("taxonomy", incidents.taxonomy(false));
		return "incident/metrics";
	}

	private static boolean canReport() {
		Caller caller = Caller.require();
		return caller.hasRole("SECURITY_ANALYST")
				|| (!caller.authority() && (caller.hasRole("ICT_OFFICER") || caller.hasRole("INSTITUTION_HEAD")));
	}
}
