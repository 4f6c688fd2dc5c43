package org.mizani.audit.internal;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mizani.audit.AuditEntry;
import org.mizani.audit.AuditQuery;
import org.mizani.audit.AuditTrail;
import org.mizani.audit.ChainVerification;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail")
class AuditApiController {

	private final AuditTrail audit;

	AuditApiController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping
	PageResult<AuditEntry> search(@RequestParam(required = false) String actor,
			@RequestParam(required = false) UUID institution, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return audit.search(new AuditQuery(actor, institution, action, from, to), Paging.of(page, size));
	}

	@GetMapping("/verify")
	@Operation(summary = "Verify the hash chain; reports the first broken link")
	ChainVerification verify() {
		return audit.verify();
	}
}
