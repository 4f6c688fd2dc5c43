package org.mizani.catalog.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.mizani.catalog.CatalogAuthoring;
import org.mizani.catalog.CatalogItemView;
import org.mizani.catalog.DocumentForm;
import org.mizani.catalog.DocumentKind;
import org.mizani.catalog.ItemForm;
import org.mizani.catalog.ItemKind;
import org.mizani.catalog.CatalogManagement;
import org.mizani.catalog.CatalogQuery;
import org.mizani.catalog.CatalogVersionView;
import org.mizani.catalog.DocumentId;
import org.mizani.catalog.RequirementLevel;
import org.mizani.catalog.VersionId;
import org.mizani.institution.InstitutionType;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.FormErrors;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.Paging;
import org.mizani.platform.Redirects;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
@RequestMapping("/catalogs")
class CatalogController {

	private final CatalogManagement catalogs;
	private final CatalogAuthoring authoring;
	private final MessageSource messages;

	private final Validator validator;

	CatalogController(CatalogManagement catalogs, CatalogAuthoring authoring, MessageSource messages, Validator validator) {
		this.catalogs = catalogs;
		this.authoring = authoring;
		this.messages = messages;
		this.validator = validator;
	}

	@GetMapping
	String documents(Model model) {
		model.addAttribute("documents", catalogs.documents());
		return "catalog/documents";
	}

	@GetMapping("/documents/{id}")
	String document(@PathVariable DocumentId id, Model model) {
		List<CatalogVersionView> versions = catalogs.versions(id);
		if (versions.isEmpty()) {
			throw new NotFoundException("catalog document");
		}
		model.addAttribute("versions", versions);
		model.addAttribute("document", versions.get(0));
		return "catalog/document";
	}

	@GetMapping("/versions/{id}")
	String version(@PathVariable VersionId id, @RequestParam(required = false) String q,
			@RequestParam(required = false) RequirementLevel level, @RequestParam(required = false) InstitutionType applicability,
			@RequestParam(required = false) String tag, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		CatalogQuery query = new CatalogQuery(q, level, applicability == null ? null : applicability.name(), tag);
		CatalogVersionView version = catalogs.version(id);
		boolean editor = org.mizani.platform.Caller.current()
			.map(c -> c.hasRole("COMPLIANCE_OFFICER") || c.hasRole("AUTHORITY_ADMIN")).orElse(false);
		model.addAttribute("version", version);
		model.addAttribute("editor", editor);
		model.addAttribute("editable", editor && version.status() == org.mizani.catalog.VersionStatus.DRAFT);
		model.addAttribute("query", query);
		model.addAttribute("levels", RequirementLevel.values());
		model.addAttribute("types", InstitutionType.values());
		model.addAttribute("tags", catalogs.tags(id));
		if (query.isEmpty()) {
			model.addAttribute("tree", catalogs.tree(id));
		}
		else {
			model.addAttribute("result", catalogs.search(id, query, Paging.of(page, 50)));
		}
		return htmx != null ? "catalog/version :: content" : "catalog/version";
	}

	@GetMapping("/versions/{id}/requirements/{code}")
	String requirement(@PathVariable VersionId id, @PathVariable String code, Model model) {
		CatalogItemView requirement = catalogs.requirement(id, code).orElseThrow(() -> new NotFoundException("requirement"));
		model.addAttribute("version", catalogs.version(id));
		model.addAttribute("requirement", requirement);
		return "catalog/requirement";
	}

	@GetMapping("/versions/{id}/oscal.json")
	ResponseEntity<byte[]> export(@PathVariable VersionId id) {
		CatalogVersionView version = catalogs.version(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(version.documentCode() + "-" + version.label().replaceAll("[^A-Za-z0-9.-]", "_") + ".json").build().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(catalogs.exportOscal(id));
	}

	@GetMapping("/new")
	String newDocument(Model model) {
		return documentForm(model, new DocumentForm("", DocumentKind.STANDARD, "", "", null, null, "1.0"), FormErrors.none());
	}

	@PostMapping("/new")
	String createDocument(@Valid @ModelAttribute("form") DocumentForm form, BindingResult binding, Model model, Locale locale) {
		if (binding.hasErrors()) {
			return documentForm(model, form, FormErrors.of(FormErrors.problems(binding, validator, form), messages, locale));
		}
		try {
			return "redirect:/catalogs/versions/" + authoring.createDocument(form);
		}
		catch (BusinessRuleException e) {
			return documentForm(model, form, FormErrors.of(e.problems(), messages, locale));
		}
	}

	@PostMapping("/versions/{id}/drafts")
	String createDraft(@PathVariable VersionId id, @RequestParam(required = false) String label, RedirectAttributes redirect) {
		try {
			return "redirect:/catalogs/versions/" + authoring.createDraft(id, label);
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("problems", e.problems());
			return "redirect:/catalogs/versions/" + id;
		}
	}

	@GetMapping("/versions/{id}/items/new")
	String newItem(@PathVariable VersionId id, @RequestParam(required = false) String parent,
			@RequestParam(defaultValue = "REQUIREMENT") ItemKind kind, Model model) {
		return itemForm(model, id, null, new ItemForm(kind, "", parent, "", "", "", "", "", "", "", "",
				java.math.BigDecimal.ONE, RequirementLevel.MANDATORY, java.util.Set.of(), ""), FormErrors.none());
	}

	@GetMapping("/versions/{id}/items/{code}/edit")
	String editItem(@PathVariable VersionId id, @PathVariable String code, Model model) {
		List<CatalogItemView> tree = catalogs.tree(id);
		CatalogItemView item = tree.stream().filter(i -> i.code().equals(code)).findFirst()
			.orElseThrow(() -> new NotFoundException("item"));
		String parent = tree.stream().filter(i -> i.id().equals(item.parentId())).map(CatalogItemView::code).findFirst().orElse(null);
		return itemForm(model, id, code, ItemForm.of(item, parent), FormErrors.none());
	}

	@PostMapping({ "/versions/{id}/items", "/versions/{id}/items/{code}" })
	String saveItem(@PathVariable VersionId id, @PathVariable(required = false) String code,
			@Valid @ModelAttribute("form") ItemForm form, BindingResult binding, Model model, RedirectAttributes redirect,
			Locale locale) {
		if (binding.hasErrors()) {
			return itemForm(model, id, code, form, FormErrors.of(FormErrors.problems(binding, validator, form), messages, locale));
		}
		try {
			authoring.saveItem(id, code, form);
		}
		catch (BusinessRuleException e) {
			return itemForm(model, id, code, form, FormErrors.of(e.problems(), messages, locale));
		}
		redirect.addFlashAttribute("flash", "catalog.item.saved");
		return "redirect:/catalogs/versions/" + id;
	}

	@PostMapping("/versions/{id}/items/{code}/remove")
	String removeItem(@PathVariable VersionId id, @PathVariable String code, RedirectAttributes redirect) {
		authoring.removeItem(id, code);
		redirect.addFlashAttribute("flash", "catalog.item.removed");
		return "redirect:/catalogs/versions/" + id;
	}

	@PostMapping("/versions/{id}/items/{code}/move")
	String moveItem(@PathVariable VersionId id, @PathVariable String code, @RequestParam(defaultValue = "true") boolean up) {
		authoring.moveItem(id, code, up);
		return "redirect:/catalogs/versions/" + id;
	}

	@PostMapping("/versions/{id}/profiles")
	String importProfile(@PathVariable VersionId id, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, Locale locale) throws IOException {
		model.addAttribute("errors", FormErrors.none());
		try {
			if (file == null || file.isEmpty()) {
				throw BusinessRuleException.onField("file", "import.file.empty");
			}
			model.addAttribute("summary", catalogs.importProfile(id, file.getOriginalFilename(), file.getBytes()));
		}
		catch (BusinessRuleException e) {
			model.addAttribute("errors", FormErrors.of(e.problems().stream()
				.map(p -> new FieldProblem(null, p.code(), p.arguments())).toList(), messages, locale));
		}
		return "catalog/import";
	}

	@PostMapping("/versions/{id}/publish")
	String publish(@PathVariable VersionId id, RedirectAttributes redirect) {
		return Redirects.after(() -> authoring.publish(id), "/catalogs/versions/" + id, "catalog.version.published", redirect);
	}

	private String documentForm(Model model, DocumentForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", DocumentKind.values());
		return "catalog/document-form";
	}

	private String itemForm(Model model, VersionId id, String code, ItemForm form, FormErrors errors) {
		CatalogVersionView version = catalogs.version(id);
		if (version.status() != org.mizani.catalog.VersionStatus.DRAFT) {
			throw new BusinessRuleException("catalog.version.not-draft", version.label());
		}
		model.addAttribute("version", version);
		model.addAttribute("code", code);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("groups", catalogs.tree(id).stream().filter(i -> i.kind() == ItemKind.GROUP)
			.filter(i -> code == null || !i.code().equals(code)).toList());
		model.addAttribute("levels", RequirementLevel.values());
		model.addAttribute("types", InstitutionType.values());
		model.addAttribute("kinds", ItemKind.values());
		return "catalog/item-form";
	}

	@GetMapping("/diff")
	String diff(@RequestParam VersionId from, @RequestParam VersionId to, Model model) {
		model.addAttribute("diff", catalogs.diff(from, to));
		return "catalog/diff";
	}

	@GetMapping("/import")
	String importForm(Model model) {
		model.addAttribute("errors", FormErrors.none());
		return "catalog/import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale)
			throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw BusinessRuleException.onField("file", "import.file.empty");
			}
			model.addAttribute("summary", catalogs.importOscal(file.getOriginalFilename(), file.getBytes()));
			model.addAttribute("errors", FormErrors.none());
		}
		catch (BusinessRuleException e) {
			model.addAttribute("errors", FormErrors.of(e.problems().stream()
				.map(p -> new FieldProblem(null, p.code(), p.arguments())).toList(), messages, locale));
		}
		return "catalog/import";
	}
}
