package org.mizani.incident.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.mizani.incident.IncidentHandling;
import org.mizani.incident.IncidentId;
import org.mizani.incident.IncidentManagement;
import org.mizani.incident.IncidentStatus;
import org.mizani.incident.IndicatorKind;
import org.mizani.incident.Severity;
import org.mizani.incident.StageView;
import org.mizani.incident.TaxonomyEntry;
import org.mizani.incident.Tlp;
import org.mizani.incident.Transition;
import org.mizani.incident.Triage;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Redirects;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buttons on an incident's page: each does one step and comes back to the page with its outcome. */
@Controller
@RequestMapping("/incidents")
class IncidentActionController {

	private final IncidentManagement incidents;
	private final IncidentHandling handling;

	IncidentActionController(IncidentManagement incidents, IncidentHandling handling) {
		this.incidents = incidents;
		this.handling = handling;
	}

	private static String page(IncidentId id) {
		return "/incidents/" + id;
	}


	@PostMapping("/{id}/triage")
	String triage(@PathVariable IncidentId id, @RequestParam(required = false) String category,
			@RequestParam(required = false) Severity severity, @RequestParam(required = false) Tlp tlp,
			@RequestParam(required = false) UUID assignee, @RequestParam(defaultValue = "-1") long version,
			RedirectAttributes redirect) {
		return Redirects.after(() -> {
			String[] codes = category == null ? new String[0] : category.split("/", 2);
			Triage triage = new Triage(codes.length > 0 ? codes[0] : "", codes.length > 1 ? codes[1] : "", severity, tlp, assignee);
			incidents.triage(id, triage, version);
		}, page(id), "incident.triaged", redirect);
	}

	@PostMapping("/{id}/transition")
	String transition(@PathVariable IncidentId id, @RequestParam(required = false) IncidentStatus to,
			@RequestParam(required = false) String rootCause, @RequestParam(required = false) String lessonsLearned,
			@RequestParam(required = false) String related, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		return Redirects.after(() -> {
			Transition transition = new Transition(to, rootCause, lessonsLearned, related, reason);
			incidents.transition(id, transition, version);
		}, page(id), "incident.moved", redirect);
	}

	@PostMapping("/{id}/assign")
	String assign(@PathVariable IncidentId id, @RequestParam(required = false) UUID assignee, RedirectAttributes redirect) {
		return Redirects.after(() -> incidents.assign(id, assignee), page(id), "incident.assigned", redirect);
	}

	@PostMapping("/{id}/escalate")
	String escalate(@PathVariable IncidentId id, @RequestParam(required = false) UUID partner,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return Redirects.after(() -> {
			if (partner == null) {
				throw BusinessRuleException.onField("partner", "incident.partner.unknown");
			}
			incidents.escalate(id, partner, note);
		}, page(id), "incident.escalated", redirect);
	}

	@PostMapping("/{id}/people")
	String name(@PathVariable IncidentId id, @RequestParam(required = false) UUID user, RedirectAttributes redirect) {
		return Redirects.after(() -> {
			if (user == null) {
				throw BusinessRuleException.onField("user", "incident.named.not-member");
			}
			incidents.name(id, user);
		}, page(id), "incident.people.saved", redirect);
	}

	@PostMapping("/{id}/people/{user}/remove")
	String unname(@PathVariable IncidentId id, @PathVariable UUID user, RedirectAttributes redirect) {
		return Redirects.after(() -> incidents.unname(id, user), page(id), "incident.people.saved", redirect);
	}

	@PostMapping("/{id}/tasks")
	String addTask(@PathVariable IncidentId id, @RequestParam(required = false) String title,
			@RequestParam(required = false) UUID owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			RedirectAttributes redirect) {
		return Redirects.after(() -> handling.addTask(id, title, owner, dueOn), page(id), "incident.task.added", redirect);
	}

	@PostMapping("/{id}/tasks/{task}/done")
	String completeTask(@PathVariable IncidentId id, @PathVariable UUID task, RedirectAttributes redirect) {
		return Redirects.after(() -> handling.completeTask(id, task), page(id), "incident.task.done", redirect);
	}

	@PostMapping("/{id}/timeline")
	String timeline(@PathVariable IncidentId id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		return Redirects.after(() -> handling.addTimelineEntry(id, occurredAt, text), page(id), "incident.entry.added", redirect);
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable IncidentId id, @RequestParam(required = false) String text,
			@RequestParam(defaultValue = "false") boolean internal, RedirectAttributes redirect) {
		return Redirects.after(() -> handling.comment(id, text, internal), page(id), "incident.entry.added", redirect);
	}

	@PostMapping("/{id}/indicators")
	String indicator(@PathVariable IncidentId id, @RequestParam(required = false) IndicatorKind kind,
			@RequestParam(required = false) String value, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return Redirects.after(() -> handling.addIndicator(id, kind, value, note), page(id), "incident.indicator.added", redirect);
	}

	@PostMapping("/{id}/indicators/{indicator}/remove")
	String removeIndicator(@PathVariable IncidentId id, @PathVariable UUID indicator, RedirectAttributes redirect) {
		return Redirects.after(() -> handling.removeIndicator(id, indicator), page(id), "incident.indicator.removed", redirect);
	}

	@PostMapping("/{id}/files")
	String upload(@PathVariable IncidentId id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		return Redirects.after(() -> {
			if (file == null || file.isEmpty()) {
				throw BusinessRuleException.onField("file", "file.empty");
			}
			try (InputStream in = file.getInputStream()) {
				handling.attach(id, file.getOriginalFilename(), in);
			}
		}, page(id), "incident.file.added", redirect);
	}

	@PostMapping("/{id}/stages/{stage}/submit")
	String submitStage(@PathVariable IncidentId id, @PathVariable String stage, @RequestParam(required = false) String report,
			RedirectAttributes redirect) {
		return Redirects.after(() -> handling.submitStage(id, stage, report), page(id), "incident.stage.sent", redirect);
	}

	@PostMapping("/{id}/stages/{stage}/review")
	String reviewStage(@PathVariable IncidentId id, @PathVariable String stage,
			@RequestParam(required = false) StageView.StageReview review, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return Redirects.after(() -> handling.reviewStage(id, stage, review, comment), page(id), "incident.stage.reviewed",
				redirect);
	}

	@GetMapping("/taxonomy")
	String taxonomy(Model model) {
		model.addAttribute("entries", incidents.taxonomy(false));
		return "incident/taxonomy";
	}

	@PostMapping("/taxonomy")
	String saveTaxonomy(@RequestParam(required = false) String classCode, @RequestParam(required = false) String typeCode,
			@RequestParam(required = false) String labelEn, @RequestParam(required = false) String labelSw,
			@RequestParam(defaultValue = "0") int position, @RequestParam(defaultValue = "false") boolean active,
			RedirectAttributes redirect) {
		return Redirects.after(() -> incidents.saveTaxonomy(new TaxonomyEntry(classCode == null ? "" : classCode.strip(),
				typeCode == null ? "" : typeCode.strip(), labelEn, labelSw, position, active)), "/incidents/taxonomy",
				"incident.taxonomy.saved", redirect);
	}
}
