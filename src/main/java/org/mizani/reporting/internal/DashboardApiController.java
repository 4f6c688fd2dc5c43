package org.mizani.reporting.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.mizani.institution.InstitutionType;
import org.mizani.reporting.DashboardView;
import org.mizani.reporting.ExecutiveDashboard;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/dashboard")
@Tag(name = "Reporting")
class DashboardApiController {

	private final ExecutiveDashboard dashboard;

	DashboardApiController(ExecutiveDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping
	@Operation(summary = "The executive dashboard: national compliance index, trend and heatmap, training, incidents, "
			+ "continuity readiness, project pipeline and remediation actions; authority staff only")
	DashboardView dashboard(@RequestParam(required = false) InstitutionType type,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String region,
			@RequestParam(required = false) String document, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir) {
		return dashboard.dashboard(DashboardController.filter(type, sector, region, document, sort, dir));
	}

	@PostMapping("/refresh")
	@Operation(summary = "The dashboard after reading every module again (the GET serves figures at most a minute old)")
	DashboardView refresh(@RequestParam(required = false) InstitutionType type,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String region,
			@RequestParam(required = false) String document, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir) {
		return dashboard.refresh(DashboardController.filter(type, sector, region, document, sort, dir));
	}
}
