package org.mizani.institution.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.mizani.platform.ImportReport;
import org.mizani.institution.InstitutionDetails;
import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement;
import org.mizani.institution.InstitutionQuery;
import org.mizani.institution.InstitutionType;
import org.mizani.institution.InstitutionView;
import org.mizani.platform.TabularFile;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.FormErrors;
import org.mizani.platform.Paging;
import jakarta.validation.Validator;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/institutions")
class InstitutionController {

	private final InstitutionManagement institutions;
	private final MessageSource messages;
	private final Validator validator;

	InstitutionController(InstitutionManagement institutions, MessageSource messages, Validator validator) {
		this.validator = validator;
		this.institutions = institutions;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) InstitutionType type,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String region,
			@RequestParam(required = false) Boolean active, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		InstitutionQuery query = new InstitutionQuery(q, type, sector, region, active,
				InstitutionQuery.sortOrDefault(sort));
		model.addAttribute("query", query);
		model.addAttribute("result", institutions.search(query, Paging.of(page, size)));
		model.addAttribute("types", InstitutionType.values());
		model.addAttribute("sorts", InstitutionQuery.SORTS);
		model.addAttribute("suggestions", institutions.suggestions());
		return htmx != null ? "institution/list :: results" : "institution/list";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) InstitutionType type,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String region,
			@RequestParam(required = false) Boolean active, @RequestParam(required = false) String sort,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		InstitutionQuery query = new InstitutionQuery(q, type, sector, region, active, InstitutionQuery.sortOrDefault(sort));
		institutions.exportXlsx(query, org.mizani.platform.Downloads.export(response, org.mizani.platform.TabularFile.XLSX, "institutions.xlsx"));
	}

	@GetMapping("/{id}")
	String detail(@PathVariable InstitutionId id, Model model) {
		InstitutionView institution = institutions.get(id);
		model.addAttribute("institution", institution);
		return "institution/detail";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, emptyDetails(), null, 0, FormErrors.none());
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") InstitutionDetails form, BindingResult binding, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (binding.hasErrors()) {
			return form(model, form, null, 0, FormErrors.of(FormErrors.problems(binding, validator, form), messages, locale));
		}
		try {
			InstitutionView created = institutions.register(form);
			redirect.addFlashAttribute("flash", "institution.flash.registered");
			return "redirect:/institutions/" + created.id();
		}
		catch (BusinessRuleException e) {
			return form(model, form, null, 0, FormErrors.of(e.problems(), messages, locale));
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable InstitutionId id, Model model) {
		InstitutionView institution = institutions.get(id);
		return form(model, institution.details(), institution.id(), institution.version(), FormErrors.none());
	}

	@PostMapping("/{id}")
	String update(@PathVariable InstitutionId id, @Valid @ModelAttribute("form") InstitutionDetails form,
			BindingResult binding, @RequestParam long version, Model model, RedirectAttributes redirect, Locale locale) {
		institutions.get(id);
		if (binding.hasErrors()) {
			return form(model, form, id, version, FormErrors.of(FormErrors.problems(binding, validator, form), messages, locale));
		}
		try {
			institutions.update(id, form, version);
			redirect.addFlashAttribute("flash", "institution.flash.updated");
			return "redirect:/institutions/" + id;
		}
		catch (BusinessRuleException e) {
			return form(model, form, id, version, FormErrors.of(e.problems(), messages, locale));
		}
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable InstitutionId id, RedirectAttributes redirect) {
		institutions.deactivate(id);
		redirect.addFlashAttribute("flash", "institution.flash.deactivated");
		return "redirect:/institutions/" + id;
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable InstitutionId id, RedirectAttributes redirect) {
		institutions.reactivate(id);
		redirect.addFlashAttribute("flash", "institution.flash.reactivated");
		return "redirect:/institutions/" + id;
	}

	@GetMapping("/import")
	String importForm() {
		return "institution/import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
			throws IOException {
		ImportReport report;
		if (file == null || file.isEmpty()) {
			report = new ImportReport(0, 0, List.of(new ImportReport.Problem(0, "", "import.file.empty")));
		}
		else {
			report = institutions.importFile(file.getOriginalFilename(), file.getBytes());
		}
		model.addAttribute("report", report);
		model.addAttribute("filename", file == null ? "" : file.getOriginalFilename());
		return "institution/import";
	}

	@GetMapping("/import/template.csv")
	ResponseEntity<byte[]> csvTemplate() {
		return download(ImportTemplates.csv(), "institutions-template.csv", "text/csv;charset=UTF-8");
	}

	@GetMapping("/import/template.xlsx")
	ResponseEntity<byte[]> xlsxTemplate(Locale locale) {
		return download(ImportTemplates.xlsx(messages, locale), "institutions-template.xlsx",
				TabularFile.XLSX);
	}

	private String form(Model model, InstitutionDetails form, InstitutionId id, long version, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("id", id);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("types", InstitutionType.values());
		model.addAttribute("parents", institutions.options().stream()
			.filter(o -> id == null || !o.id().equals(id)).toList());
		model.addAttribute("suggestions", institutions.suggestions());
		return "institution/form";
	}

	private static InstitutionDetails emptyDetails() {
		return new InstitutionDetails("", "", "", null, null, null, null, null, null, null, null, null, null, null,
				null, null);
	}

	static ResponseEntity<byte[]> download(byte[] body, String filename, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(body);
	}

}
