package org.mizani.continuity.internal;

import static org.mizani.platform.Versions.etag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mizani.continuity.ContinuityManagement;
import org.mizani.continuity.DrillForm;
import org.mizani.continuity.DrillView;
import org.mizani.continuity.PlanForm;
import org.mizani.continuity.PlanView;
import org.mizani.continuity.Readiness;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.Versions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/continuity")
@Tag(name = "Continuity (disaster recovery)")
class ContinuityApiController {

	private final ContinuityManagement continuity;

	ContinuityApiController(ContinuityManagement continuity) {
		this.continuity = continuity;
	}

	@GetMapping("/readiness")
	@Operation(summary = "Critical systems with a DR plan, with a drill in the last 12 months, whose last drill met its targets; per institution and in total")
	Readiness readiness(@RequestParam(required = false) UUID institution) {
		return continuity.readiness(institution);
	}

	@GetMapping("/plans")
	List<PlanView> plans(@RequestParam(required = false) UUID institution) {
		return continuity.plans(institution);
	}

	@GetMapping("/plans/{plan}")
	ResponseEntity<PlanView> plan(@PathVariable UUID plan) {
		PlanView view = continuity.plan(plan);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	@GetMapping("/systems/{system}/plan")
	ResponseEntity<PlanView> planOfSystem(@PathVariable UUID system) {
		PlanView view = continuity.planForSystem(system).orElseThrow(() -> new NotFoundException("plan"));
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	@PutMapping("/systems/{system}/plan")
	@Operation(summary = "Creates or updates the system's DR plan; send If-Match with the plan's ETag to update it")
	ResponseEntity<PlanView> savePlan(@PathVariable UUID system, @Valid @RequestBody PlanForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		long version = ifMatch == null ? continuity.planForSystem(system).map(PlanView::version).orElse(-1L)
				: Versions.fromIfMatch(ifMatch, "plan");
		PlanView view = continuity.savePlan(system, form, version);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	@GetMapping("/plans/{plan}/drills")
	List<DrillView> drills(@PathVariable UUID plan) {
		return continuity.drills(plan);
	}

	@PostMapping("/plans/{plan}/drills")
	@ResponseStatus(HttpStatus.CREATED)
	DrillView recordDrill(@PathVariable UUID plan, @Valid @RequestBody DrillForm form) {
		return continuity.recordDrill(plan, form);
	}

	@GetMapping("/drills/failed")
	List<DrillView> failed(@RequestParam(required = false) UUID institution, @RequestParam(required = false) Integer limit) {
		return continuity.failedDrills(institution, limit == null ? 50 : limit);
	}

	@GetMapping("/drills/{drill}")
	DrillView drill(@PathVariable UUID drill) {
		return continuity.drill(drill);
	}

	record ActionForm(@NotBlank @Size(max = 5000) String description, @NotBlank @Size(max = 200) String owner,
			@NotNull LocalDate dueOn) {
	}

	@PostMapping("/drills/{drill}/actions")
	@ResponseStatus(HttpStatus.CREATED)
	DrillView addAction(@PathVariable UUID drill, @Valid @RequestBody ActionForm action) {
		continuity.addAction(drill, action.description(), action.owner(), action.dueOn());
		return continuity.drill(drill);
	}

	@PostMapping("/drills/{drill}/actions/{action}/done")
	DrillView completeAction(@PathVariable UUID drill, @PathVariable UUID action) {
		continuity.completeAction(drill, action);
		return continuity.drill(drill);
	}
}
