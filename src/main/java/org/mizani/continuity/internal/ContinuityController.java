package org.mizani.continuity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.mizani.continuity.ContinuityManagement;
import org.mizani.continuity.DrillForm;
import org.mizani.continuity.DrillView;
import org.mizani.continuity.PlanForm;
import org.mizani.continuity.PlanView;
import org.mizani.continuity.Scenario;
import org.mizani.continuity.Strategy;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.Downloads;
import org.mizani.platform.Redirects;
import org.mizani.platform.Today;
import org.mizani.system.SystemId;
import org.mizani.system.SystemRegister;
import org.mizani.system.SystemSummary;
import org.mizani.system.SystemView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/continuity")
class ContinuityController {

	private final ContinuityManagement continuity;
	private final SystemRegister systems;
	private final Today today;

	ContinuityController(ContinuityManagement continuity, SystemRegister systems, Today today) {
		this.continuity = continuity;
		this.systems = systems;
		this.today = today;
	}

	@GetMapping
	String overview(@RequestParam(required = false) UUID institution, Model model) {
		List<PlanView> plans = continuity.plans(institution);
		Set<UUID> planned = plans.stream().map(PlanView::systemId).collect(Collectors.toSet());
		List<SystemSummary> critical = systems.critical(institution);
		model.addAttribute("readiness", continuity.readiness(institution));
		model.addAttribute("plans", plans);
		model.addAttribute("unplanned", critical.stream().filter(s -> !planned.contains(s.id().value())).toList());
		model.addAttribute("failed", continuity.failedDrills(institution, 20));
		model.addAttribute("today", today.date());
		model.addAttribute("yearAgo", today.date().minusMonths(12));
		return "continuity/overview";
	}

	@GetMapping("/systems/{system}")
	String system(@PathVariable SystemId system, Model model) {
		SystemView registered = systems.get(system);
		Optional<PlanView> plan = continuity.planForSystem(system.value());
		Caller caller = Caller.require();
		model.addAttribute("system", registered);
		model.addAttribute("plan", plan.orElse(null));
		model.addAttribute("drills", plan.map(p -> continuity.drills(p.id())).orElse(List.of()));
		model.addAttribute("canEdit", !caller.authority() && registered.institutionId().equals(caller.institutionId())
				&& (caller.hasRole("ICT_OFFICER") || caller.hasRole("INSTITUTION_HEAD")));
		model.addAttribute("strategies", Strategy.values());
		model.addAttribute("scenarios", Scenario.values());
		model.addAttribute("today", today.date());
		return "continuity/system";
	}

	@PostMapping("/systems/{system}/plan")
	String savePlan(@PathVariable SystemId system, @RequestParam(required = false) String owner,
			@RequestParam(required = false) Strategy strategy, @RequestParam(required = false) String strategyNotes,
			@RequestParam(required = false) Integer rtoMinutes, @RequestParam(required = false) Integer rpoMinutes,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastReviewed,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextReviewDue,
			@RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		return Redirects.after(() -> {
			PlanForm form = new PlanForm(owner, strategy, strategyNotes, rtoMinutes, rpoMinutes, lastReviewed, nextReviewDue);
			continuity.savePlan(system.value(), form, version);
		}, "/continuity/systems/" + system, "continuity.plan.saved", redirect);
	}

	@PostMapping("/plans/{plan}/document")
	String upload(@PathVariable UUID plan, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		PlanView view = continuity.plan(plan);
		return Redirects.after(() -> {
			if (file == null || file.isEmpty()) {
				throw BusinessRuleException.onField("file", "file.empty");
			}
			try (InputStream in = file.getInputStream()) {
				continuity.attachDocument(plan, file.getOriginalFilename(), in);
			}
		}, "/continuity/systems/" + view.systemId(), "continuity.plan.document.saved", redirect);
	}

	@GetMapping("/plans/{plan}/document")
	ResponseEntity<org.springframework.core.io.InputStreamResource> document(@PathVariable UUID plan) throws IOException {
		ContinuityManagement.Document document = continuity.document(plan);
		return Downloads.attachment(document.filename(), document.mediaType(), document.size(), continuity.openDocument(plan));
	}

	@PostMapping("/plans/{plan}/drills")
	String recordDrill(@PathVariable UUID plan,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) Scenario scenario, @RequestParam(required = false) String participants,
			@RequestParam(required = false) String steps, @RequestParam(required = false) Integer achievedRtoMinutes,
			@RequestParam(required = false) Integer achievedRpoMinutes, @RequestParam(required = false) String notes,
			RedirectAttributes redirect) {
		PlanView view = continuity.plan(plan);
		return Redirects.after(() -> {
			DrillForm form = new DrillForm(heldOn, scenario, participants, steps, achievedRtoMinutes, achievedRpoMinutes, notes);
			continuity.recordDrill(plan, form);
		}, "/continuity/systems/" + view.systemId(), "continuity.drill.recorded", redirect);
	}

	@GetMapping("/drills/{drill}")
	String drill(@PathVariable UUID drill, Model model) {
		DrillView view = continuity.drill(drill);
		Caller caller = Caller.require();
		model.addAttribute("drill", view);
		model.addAttribute("canEdit", !caller.authority() && view.institutionId().equals(caller.institutionId())
				&& (caller.hasRole("ICT_OFFICER") || caller.hasRole("INSTITUTION_HEAD")));
		model.addAttribute("today", today.date());
		return "continuity/drill";
	}

	@PostMapping("/drills/{drill}/actions")
	String addAction(@PathVariable UUID drill, @RequestParam(required = false) String description,
			@RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			RedirectAttributes redirect) {
		return Redirects.after(() -> continuity.addAction(drill, description, owner, dueOn), "/continuity/drills/" + drill,
				"continuity.action.added", redirect);
	}

	@PostMapping("/drills/{drill}/actions/{action}/done")
	String completeAction(@PathVariable UUID drill, @PathVariable UUID action, RedirectAttributes redirect) {
		return Redirects.after(() -> continuity.completeAction(drill, action), "/continuity/drills/" + drill,
				"continuity.action.done", redirect);
	}

}
