package org.mizani.catalog.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.mizani.catalog.CatalogItemView;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
@RequestMapping("/catalogs")
class CatalogController {

	private final CatalogManagement catalogs;
	private final MessageSource messages;

	CatalogController(CatalogManagement catalogs, MessageSource messages) {
		this.catalogs = catalogs;
		this.messages = messages;
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
		model.addAttribute("version", catalogs.version(id));
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
