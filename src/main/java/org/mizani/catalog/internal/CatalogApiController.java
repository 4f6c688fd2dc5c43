package org.mizani.catalog.internal;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mizani.catalog.CatalogDocumentView;
import org.mizani.catalog.CatalogItemView;
import org.mizani.catalog.CatalogManagement;
import org.mizani.catalog.CatalogQuery;
import org.mizani.catalog.CatalogVersionView;
import org.mizani.catalog.DocumentId;
import org.mizani.catalog.ImportSummary;
import org.mizani.catalog.RequirementLevel;
import org.mizani.catalog.VersionDiff;
import org.mizani.catalog.VersionId;
import org.mizani.institution.InstitutionType;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/catalogs")
@Tag(name = "Standards catalogue")
class CatalogApiController {

	private final CatalogManagement catalogs;

	CatalogApiController(CatalogManagement catalogs) {
		this.catalogs = catalogs;
	}

	@GetMapping
	@Operation(summary = "Catalogue documents with their current version")
	List<CatalogDocumentView> documents() {
		return catalogs.documents();
	}

	@GetMapping("/{document}/versions")
	List<CatalogVersionView> versions(@PathVariable DocumentId document) {
		return catalogs.versions(document);
	}

	@GetMapping("/versions/{version}")
	CatalogVersionView version(@PathVariable VersionId version) {
		return catalogs.version(version);
	}

	@GetMapping("/versions/{version}/tree")
	@Operation(summary = "Groups and requirements of a version in tree order (parentId, depth)")
	List<CatalogItemView> tree(@PathVariable VersionId version) {
		return catalogs.tree(version);
	}

	@GetMapping("/versions/{version}/requirements/{code}")
	CatalogItemView requirement(@PathVariable VersionId version, @PathVariable String code) {
		return catalogs.requirement(version, code).orElseThrow(() -> new NotFoundException("requirement"));
	}

	@GetMapping("/versions/{version}/search")
	@Operation(summary = "Full-text search over codes, titles, statements and guidance in both languages")
	PageResult<CatalogItemView> search(@PathVariable VersionId version, @RequestParam(required = false) String q,
			@RequestParam(required = false) RequirementLevel level,
			@RequestParam(required = false) InstitutionType applicability, @RequestParam(required = false) String tag,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return catalogs.search(version, new CatalogQuery(q, level, applicability == null ? null : applicability.name(), tag),
				Paging.of(page, size));
	}

	@GetMapping("/diff")
	@Operation(summary = "Requirements added, removed and changed between two versions of one document")
	VersionDiff diff(@RequestParam VersionId from, @RequestParam VersionId to) {
		return catalogs.diff(from, to);
	}

	@GetMapping(path = "/versions/{version}/oscal", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The version as an OSCAL catalog (JSON)")
	byte[] export(@PathVariable VersionId version) {
		return catalogs.exportOscal(version);
	}

	@PostMapping(path = "/versions/{version}/profiles", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Apply an OSCAL profile (JSON, multipart field 'file') to this version: its selected controls become a baseline version")
	ResponseEntity<ImportSummary> importProfile(@PathVariable VersionId version,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw BusinessRuleException.onField("file", "import.file.empty");
		}
		ImportSummary summary = catalogs.importProfile(version, file.getOriginalFilename(), file.getBytes());
		return summary.created()
				? ResponseEntity.created(URI.create("/api/v1/catalogs/versions/" + summary.versionId())).body(summary)
				: ResponseEntity.ok(summary);
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import an OSCAL catalog (JSON, multipart field 'file'); 201 when created, 200 when it was imported before")
	ResponseEntity<ImportSummary> importCatalog(@RequestParam(name = "file", required = false) MultipartFile file)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw BusinessRuleException.onField("file", "import.file.empty");
		}
		ImportSummary summary = catalogs.importOscal(file.getOriginalFilename(), file.getBytes());
		return summary.created()
				? ResponseEntity.created(URI.create("/api/v1/catalogs/versions/" + summary.versionId())).body(summary)
				: ResponseEntity.ok(summary);
	}
}
