package org.mizani.system.internal;

import static org.mizani.platform.Versions.etag;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.mizani.platform.ImportReport;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.Versions;
import org.mizani.system.Criticality;
import org.mizani.system.Hosting;
import org.mizani.system.RegisterCompleteness;
import org.mizani.system.SystemForm;
import org.mizani.system.SystemId;
import org.mizani.system.SystemQuery;
import org.mizani.system.SystemRegister;
import org.mizani.system.SystemStatus;
import org.mizani.system.SystemView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/systems")
@Tag(name = "ICT systems register")
class SystemApiController {

	private final SystemRegister register;

	SystemApiController(SystemRegister register) {
		this.register = register;
	}

	@GetMapping
	PageResult<SystemView> search(@RequestParam(required = false) UUID institution, @RequestParam(required = false) String q,
			@RequestParam(required = false) Criticality criticality, @RequestParam(required = false) Hosting hosting,
			@RequestParam(required = false) SystemStatus status, @RequestParam(required = false) Boolean personalData,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return register.search(new SystemQuery(institution, q, criticality, hosting, status, personalData, sector, region),
				Paging.of(page, size));
	}

	@GetMapping("/completeness")
	@Operation(summary = "Per institution: systems registered, critical ones, critical ones without a DR plan, ones without an owner")
	List<RegisterCompleteness> completeness(@RequestParam(required = false) UUID institution,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String region) {
		return register.completeness(new SystemQuery(institution, null, null, null, null, null, sector, region));
	}

	@PostMapping
	ResponseEntity<SystemView> create(@Valid @RequestBody SystemForm form) {
		SystemView view = register.register(form);
		return ResponseEntity.created(URI.create("/api/v1/systems/" + view.id())).eTag(etag(view.version())).body(view);
	}

	@GetMapping("/{id}")
	ResponseEntity<SystemView> get(@PathVariable SystemId id) {
		SystemView view = register.get(id);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	@PutMapping("/{id}")
	ResponseEntity<SystemView> update(@PathVariable SystemId id, @Valid @RequestBody SystemForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		long version = ifMatch == null ? register.get(id).version() : Versions.fromIfMatch(ifMatch, "system");
		SystemView view = register.update(id, form, version);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Registers every row of a CSV or XLSX file for the caller's institution, or none (422 with the row problems)")
	ResponseEntity<ImportReport> importFile(@RequestPart(required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw BusinessRuleException.onField("file", "import.file.empty");
		}
		ImportReport report = register.importFile(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
				file.getBytes());
		if (!report.succeeded()) {
			throw new BusinessRuleException(report.problems().stream()
				.map(p -> new FieldProblem(p.row() == 0 ? "file" : "rows[" + p.row() + "]." + p.column(), p.code(), p.arguments()))
				.toList());
		}
		return ResponseEntity.ok(report);
	}
}
