package org.mizani.institution.internal;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.mizani.institution.InstitutionDetails;
import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement;
import org.mizani.institution.InstitutionQuery;
import org.mizani.institution.InstitutionType;
import org.mizani.institution.InstitutionView;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for institutions; optimistic locking through {@code ETag}/{@code If-Match} (the version). */
@RestController
@RequestMapping("/api/v1/institutions")
@Tag(name = "Institutions")
class InstitutionApiController {

	private final InstitutionManagement institutions;

	InstitutionApiController(InstitutionManagement institutions) {
		this.institutions = institutions;
	}

	@GetMapping
	@Operation(summary = "Search institutions the caller may see")
	PageResult<InstitutionView> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) InstitutionType type, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String region, @RequestParam(required = false) Boolean active,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return institutions.search(new InstitutionQuery(q, type, sector, region, active,
				InstitutionQuery.sortOrDefault(sort)), Paging.of(page, size));
	}

	@GetMapping("/{id}")
	ResponseEntity<InstitutionView> get(@PathVariable InstitutionId id) {
		InstitutionView view = institutions.get(id);
		return ResponseEntity.ok().eTag(etag(view)).body(view);
	}

	@PostMapping
	@Operation(summary = "Register an institution (authority administrators)")
	ResponseEntity<InstitutionView> register(@Valid @RequestBody InstitutionDetails details) {
		InstitutionView view = institutions.register(details);
		return ResponseEntity.created(URI.create("/api/v1/institutions/" + view.id())).eTag(etag(view)).body(view);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update an institution; send the ETag you read as If-Match")
	ResponseEntity<InstitutionView> update(@PathVariable InstitutionId id, @Valid @RequestBody InstitutionDetails details,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		long version = ifMatch == null ? institutions.get(id).version() : Versions.fromIfMatch(ifMatch, "institution");
		InstitutionView view = institutions.update(id, details, version);
		return ResponseEntity.ok().eTag(etag(view)).body(view);
	}

	@PostMapping("/{id}/deactivate")
	ResponseEntity<Void> deactivate(@PathVariable InstitutionId id) {
		institutions.deactivate(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/reactivate")
	ResponseEntity<Void> reactivate(@PathVariable InstitutionId id) {
		institutions.reactivate(id);
		return ResponseEntity.noContent().build();
	}

	private static String etag(InstitutionView view) {
		return Versions.etag(view.version());
	}

}
