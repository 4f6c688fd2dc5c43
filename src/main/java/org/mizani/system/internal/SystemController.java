package org.mizani.system.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.mizani.platform.ImportReport;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.FormErrors;
import org.mizani.platform.ImportTemplate;
import org.mizani.platform.Paging;
import org.mizani.platform.TabularFile;
import org.mizani.system.Criticality;
import org.mizani.system.DataClassification;
import org.mizani.system.Hosting;
import org.mizani.system.SystemForm;
import org.mizani.system.SystemId;
import org.mizani.system.SystemQuery;
import org.mizani.system.SystemRegister;
import org.mizani.system.SystemStatus;
import org.mizani.system.SystemView;
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
@RequestMapping("/systems")
class SystemController {

	private final SystemRegister register;
	private final SystemExports exports;
	private final MessageSource messages;
	private final Validator validator;

	SystemController(SystemRegister register, SystemExports exports, MessageSource messages, Validator validator) {
		this.register = register;
		this.exports = exports;
		this.messages = messages;
		this.validator = validator;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Criticality criticality,
			@RequestParam(required = false) Hosting hosting, @RequestParam(required = false) SystemStatus status,
			@RequestParam(required = false) Boolean personalData, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String region, @RequestParam(required = false) UUID institution,
			@RequestParam(required = false) Integer page, Model model) {
		SystemQuery query = new SystemQuery(institution, q, criticality, hosting, status, personalData, sector, region);
		model.addAttribute("query", query);
		model.addAttribute("result", register.search(query, Paging.of(page, 50)));
		model.addAttribute("criticalities", Criticality.values());
		model.addAttribute("hostings", Hosting.values());
		model.addAttribute("statuses", SystemStatus.values());
		model.addAttribute("canRegister", canRegister());
		return "system/list";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) Criticality criticality,
			@RequestParam(required = false) Hosting hosting, @RequestParam(required = false) SystemStatus status,
			@RequestParam(required = false) Boolean personalData, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String region, @RequestParam(required = false) UUID institution,
			HttpServletResponse response) throws IOException {
		SystemQuery query = new SystemQuery(institution, q, criticality, hosting, status, personalData, sector, region);
		register.search(query, Paging.of(0, 1));
		register.exportXlsx(query, org.mizani.platform.Downloads.export(response, TabularFile.XLSX, "ict-systems.xlsx"));
	}

	@GetMapping("/completeness")
	String completeness(@RequestParam(required = false) String q, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String region, Model model) {
		SystemQuery query = new SystemQuery(null, q, null, null, null, null, sector, region);
		model.addAttribute("query", query);
		model.addAttribute("rows", register.completeness(query));
		return "system/completeness";
	}

	@GetMapping("/new")
	String newSystem(Model model) {
		return form(model, null, SystemForm.blank(), FormErrors.none());
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") SystemForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, null, form, FormErrors.of(FormErrors.problems(binding, validator, form), messages, locale));
		}
		try {
			SystemView created = register.register(form);
			redirect.addFlashAttribute("flash", "system.registered");
			return "redirect:/systems/" + created.id();
		}
		catch (BusinessRuleException e) {
			return form(model, null, form, FormErrors.of(e.problems(), messages, locale));
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable SystemId id, Model model) {
		SystemView system = register.get(id);
		model.addAttribute("system", system);
		model.addAttribute("canEdit", canEdit(system));
		return "system/detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable SystemId id, Model model) {
		SystemView system = register.get(id);
		return form(model, system, system.form(), FormErrors.none());
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable SystemId id, @Valid @ModelAttribute("form") SystemForm form, BindingResult binding,
			@RequestParam(defaultValue = "-1") long version, Model model, Locale locale, RedirectAttributes redirect) {
		SystemView system = register.get(id);
		if (binding.hasErrors()) {
			return form(model, system, form, FormErrors.of(FormErrors.problems(binding, validator, form), messages, locale));
		}
		try {
			register.update(id, form, version);
			redirect.addFlashAttribute("flash", "system.saved");
			return "redirect:/systems/" + id;
		}
		catch (BusinessRuleException e) {
			return form(model, system, form, FormErrors.of(e.problems(), messages, locale));
		}
		catch (ConcurrentChangeException e) {
			return form(model, system, form, FormErrors.of(List.of(new FieldProblem(null, "form.conflict")), messages, locale));
		}
	}

	@GetMapping("/import")
	String importPage() {
		return "system/import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		ImportReport report = file == null || file.isEmpty()
				? new ImportReport(0, 0, List.of(new ImportReport.Problem(0, "", "import.file.empty")))
				: register.importFile(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes());
		model.addAttribute("report", report);
		return "system/import";
	}

	@GetMapping("/import/template.csv")
	ResponseEntity<byte[]> templateCsv() {
		return download(ImportTemplate.csv(SystemImporter.COLUMNS), "systems-template.csv", "text/csv;charset=UTF-8");
	}

	@GetMapping("/import/template.xlsx")
	ResponseEntity<byte[]> templateXlsx(Locale locale) {
		return download(exports.template(locale), "systems-template.xlsx", TabularFile.XLSX);
	}

	private static ResponseEntity<byte[]> download(byte[] body, String filename, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.contentType(MediaType.parseMediaType(type)).body(body);
	}

	private static boolean canRegister() {
		Caller caller = Caller.require();
		return !caller.authority() && (caller.hasRole("ICT_OFFICER") || caller.hasRole("INSTITUTION_HEAD"));
	}

	private static boolean canEdit(SystemView system) {
		return canRegister() && system.institutionId().equals(Caller.require().institutionId());
	}

	private String form(Model model, SystemView existing, SystemForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("existing", existing);
		model.addAttribute("criticalities", Criticality.values());
		model.addAttribute("hostings", Hosting.values());
		model.addAttribute("classifications", DataClassification.values());
		model.addAttribute("statuses", SystemStatus.values());
		return "system/form";
	}
}
