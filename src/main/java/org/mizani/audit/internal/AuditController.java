package org.mizani.audit.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.mizani.audit.AuditQuery;
import org.mizani.audit.AuditTrail;
import org.mizani.institution.InstitutionManagement;
import org.mizani.platform.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/admin/audit")
class AuditController {

	private final AuditTrail audit;
	private final InstitutionManagement institutions;

	AuditController(AuditTrail audit, InstitutionManagement institutions) {
		this.audit = audit;
		this.institutions = institutions;
	}

	@GetMapping
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) UUID institution,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		AuditQuery query = new AuditQuery(actor, institution, action, from, to);
		model.addAttribute("query", query);
		model.addAttribute("result", audit.search(query, Paging.of(page, 50)));
		model.addAttribute("actions", audit.actions());
		model.addAttribute("institutions", institutions.options());
		return htmx != null ? "audit/list :: results" : "audit/list";
	}

	@GetMapping("/export.csv")
	void export(@RequestParam(required = false) String actor, @RequestParam(required = false) UUID institution,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		Writer out = new OutputStreamWriter(org.mizani.platform.Downloads.export(response, "text/csv;charset=UTF-8", "audit-trail.csv"),
				StandardCharsets.UTF_8);
		audit.exportCsv(new AuditQuery(actor, institution, action, from, to), out);
		out.flush();
	}

	/** The newest entries about one record, as a fragment that record pages load. */
	@GetMapping("/history")
	String history(@RequestParam String entityType, @RequestParam String entityId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("entries", audit.history(entityType, entityId, htmx != null ? 20 : 200));
		return htmx != null ? "audit/history :: history" : "audit/history";
	}

	@PostMapping("/verify")
	String verify(Model model) {
		model.addAttribute("verification", audit.verify());
		return "audit/verify";
	}
}
