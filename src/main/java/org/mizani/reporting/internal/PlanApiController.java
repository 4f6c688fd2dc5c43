package org.mizani.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Measure;
import org.mizani.platform.Versions;
import org.mizani.reporting.MeasureInfo;
import org.mizani.reporting.MeasureReading;
import org.mizani.reporting.ObjectiveForm;
import org.mizani.reporting.PlanForm;
import org.mizani.reporting.PlanProgressView;
import org.mizani.reporting.PlanSummary;
import org.mizani.reporting.StrategicPlans;
import org.mizani.reporting.TargetForm;
import org.mizani.reporting.TargetRecords;
import org.mizani.reporting.ValueForm;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/v1")
@Tag(name = "Strategic plans and measures")
class PlanApiController {

	private final StrategicPlans plans;

	PlanApiController(StrategicPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/measures")
	@Operation(summary = "The measures the modules offer for computed indicators")
	List<MeasureInfo> measures() {
		return plans.measures();
	}

	@GetMapping("/measures/{code}")
	@Operation(summary = "A measure's figure over a fiscal year (fiscalYear=2021 is FY 2021/22) or from–until (until excluded)")
	MeasureReading measure(@PathVariable String code, @RequestParam(required = false) Integer fiscalYear,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
		return plans.reading(code, period(fiscalYear, from, until));
	}

	private static Measure.Period period(Integer fiscalYear, LocalDate from, LocalDate until) {
		if (fiscalYear != null) {
			if (fiscalYear < 2000 || fiscalYear > 2100) {
				throw BusinessRuleException.onField("fiscalYear", "plan.fiscal-year.invalid");
			}
			return Measure.Period.fiscalYear(fiscalYear);
		}
		if (from == null || until == null) {
			throw BusinessRuleException.onField("fiscalYear", "plan.period.required");
		}
		if (!until.isAfter(from) || from.getYear() < 2000 || until.getYear() > 2101) {
			throw BusinessRuleException.onField("until", "plan.period.invalid");
		}
		return new Measure.Period(from, until);
	}

	@GetMapping("/plans")
	List<PlanSummary> plans() {
		return plans.plans();
	}

	// plans, targets and values are checked by the use case, which reports every problem of a request at once
	@PostMapping("/plans")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a plan; plans of one kind may not overlap in time")
	PlanSummary create(@RequestBody PlanForm form) {
		return plans.create(form);
	}

	@GetMapping("/plans/{plan}")
	@Operation(summary = "The plan tree with each target's actual against its target per fiscal year, as it stood on asOf (default today)")
	PlanProgressView progress(@PathVariable UUID plan,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return asOf == null ? plans.progress(plan) : plans.progress(plan, asOf);
	}

	record Created(UUID id) {
	}

	@PostMapping("/plans/{plan}/objectives")
	@ResponseStatus(HttpStatus.CREATED)
	Created addObjective(@PathVariable UUID plan, @Valid @RequestBody ObjectiveForm form) {
		return new Created(plans.addObjective(plan, form));
	}

	@PostMapping("/objectives/{objective}/targets")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a target: a computed indicator names a measure, one entered by hand gives its unit")
	Created addTarget(@PathVariable UUID objective, @RequestBody TargetForm form) {
		return new Created(plans.addTarget(objective, form));
	}

	@PutMapping("/targets/{target}")
	@Operation(summary = "Replace a target; send If-Match with the target's version (from the plan tree)")
	ResponseEntity<Void> updateTarget(@PathVariable UUID target, @RequestBody TargetForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		if (ifMatch == null) {
			throw new BusinessRuleException("plan.if-match.required");
		}
		plans.updateTarget(target, form, Versions.fromIfMatch(ifMatch, "target"));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/targets/{target}/values")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Enter the value of an indicator entered by hand for a fiscal year, with its evidence")
	void recordValue(@PathVariable UUID target, @RequestBody ValueForm form) {
		plans.recordValue(target, form);
	}

	@GetMapping("/targets/{target}/records")
	@Operation(summary = "The records behind a target's figure for a fiscal year")
	TargetRecords records(@PathVariable UUID target, @RequestParam int fiscalYear) {
		return plans.records(target, fiscalYear);
	}
}
