package org.mizani.reporting.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.mizani.institution.InstitutionManagement;
import org.mizani.institution.InstitutionType;
import org.mizani.platform.Language;
import org.mizani.platform.PageResult;
import org.mizani.reporting.Briefings;
import org.mizani.reporting.DashboardFilter;
import org.mizani.reporting.DashboardView;
import org.mizani.reporting.ExecutiveDashboard;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The executive dashboard page and its heatmap as a workbook or CSV. */
@Controller
@RequestMapping("/dashboard")
class DashboardController {

	/** Institutions per page of the heatmap; the exports carry them all. */
	static final int HEATMAP_PAGE = 100;

	private final ExecutiveDashboard dashboard;
	private final InstitutionManagement institutions;
	private final DashboardExports exports;
	private final Briefings briefings;

	DashboardController(ExecutiveDashboard dashboard, InstitutionManagement institutions, DashboardExports exports,
			Briefings briefings) {
		this.briefings = briefings;
		this.dashboard = dashboard;
		this.institutions = institutions;
		this.exports = exports;
	}

	/** The dashboard's address with the filter in its query, the one place that turns a filter back into parameters. */
	static String address(DashboardFilter filter, @Nullable String document) {
		return UriComponentsBuilder.fromPath("/dashboard")
			.queryParamIfPresent("type", Optional.ofNullable(filter.type()))
			.queryParamIfPresent("sector", Optional.ofNullable(filter.sector()))
			.queryParamIfPresent("region", Optional.ofNullable(filter.region()))
			.queryParamIfPresent("document", Optional.ofNullable(document))
			.queryParamIfPresent("sort", Optional.ofNullable(filter.sort()))
			.queryParamIfPresent("dir", Optional.ofNullable(filter.descending() ? "desc" : null))
			// encoded as values, so that braces typed into a filter are not taken for URI template variables
			.build().encode().toUriString();
	}

	static DashboardFilter filter(@Nullable InstitutionType type, @Nullable String sector, @Nullable String region,
			@Nullable String document, @Nullable String sort, @Nullable String dir) {
		return new DashboardFilter(type, blankToNull(sector), blankToNull(region), blankToNull(document), blankToNull(sort),
				"desc".equals(dir));
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	@GetMapping
	String dashboard(@RequestParam(required = false) InstitutionType type, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String region, @RequestParam(required = false) String document,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(defaultValue = "0") int page, Model model) {
		DashboardFilter filter = filter(type, sector, region, document, sort, dir);
		DashboardView view = dashboard.dashboard(filter);
		model.addAttribute("board", view);
		model.addAttribute("heat", PageResult.of(view.compliance().heatmap(), page, HEATMAP_PAGE));
		model.addAttribute("heatBase", address(filter, view.compliance().document()));
		model.addAttribute("types", InstitutionType.values());
		model.addAttribute("suggestions", institutions.suggestions());
		return "reporting/dashboard";
	}

	/** Reads every module again now, then shows the dashboard with the same filters. */
	@PostMapping("/refresh")
	String refresh(@RequestParam(required = false) InstitutionType type, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String region, @RequestParam(required = false) String document,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
		DashboardFilter filter = filter(type, sector, region, document, sort, dir);
		dashboard.refresh(filter);
		return "redirect:" + address(filter, filter.document());
	}

	@GetMapping("/heatmap.xlsx")
	void heatmapXlsx(@RequestParam(required = false) InstitutionType type, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String region, @RequestParam(required = false) String document,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Locale locale,
			HttpServletResponse response) throws IOException {
		DashboardView view = dashboard.dashboard(filter(type, sector, region, document, sort, dir));
		exports.heatmapXlsx(view.compliance(), Language.of(locale), org.mizani.platform.Downloads.export(response, org.mizani.platform.TabularFile.XLSX, "compliance-heatmap.xlsx"));
	}

	@GetMapping("/heatmap.csv")
	void heatmapCsv(@RequestParam(required = false) InstitutionType type, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String region, @RequestParam(required = false) String document,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Locale locale,
			HttpServletResponse response) throws IOException {
		DashboardView view = dashboard.dashboard(filter(type, sector, region, document, sort, dir));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("compliance-heatmap.csv").build().toString());
		exports.heatmapCsv(view.compliance(), Language.of(locale), response.getWriter());
	}

	/** The briefing as of today, in the language asked for (the page's language otherwise). */
	@GetMapping("/briefing.pdf")
	ResponseEntity<byte[]> briefing(@RequestParam(required = false) String lang, Locale locale) {
		Language language = lang != null && Language.isSupported(lang) ? Language.fromCode(lang) : Language.of(locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("mizani-briefing-" + language.code() + ".pdf").build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(briefings.briefingPdf(language));
	}
}
