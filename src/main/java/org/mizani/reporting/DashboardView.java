package org.mizani.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.mizani.assessment.ActionManagement.ActionSummary;
import org.mizani.assessment.ComplianceScores.AreaTitle;
import org.mizani.continuity.Readiness;
import org.mizani.incident.IncidentMetrics;
import org.mizani.project.Portfolio;

/** The executive dashboard as of one day, from figures taken at {@code takenAt}: each part is a set of figures with what they are counted from. */
public record DashboardView(LocalDate asOf, java.time.Instant takenAt, DashboardFilter filter, Compliance compliance, List<ProgrammeLine> training,
		Incidents incidents, Readiness.Coverage continuity, Portfolio projects, ActionSummary actions) {

	/** The CSS class of a score's band of ten points ({@code heat-0} to {@code heat-9}), or {@code heat-none}. */
	public static String heat(@Nullable BigDecimal score) {
		if (score == null) {
			return "heat-none";
		}
		return "heat-" + Math.max(0, Math.min(9, score.intValue() / 10));
	}

	/**
	 * The national index (mean of the latest accepted overall scores) of the chosen document, its trend by
	 * campaign, the heatmap of institutions by area, and the weakest and most improved institutions.
	 */
	public record Compliance(List<String> documents, @Nullable String document, @Nullable BigDecimal index,
			int institutionsAssessed, int institutionsInScope, List<TrendRow> trend, List<AreaTitle> areas,
			List<HeatRow> heatmap, List<HeatRow> weakest, List<Improvement> mostImproved) {
	}

	/** One campaign's mean accepted overall score over the institutions in scope. */
	public record TrendRow(UUID campaignId, String campaignName, @Nullable BigDecimal mean, int institutions) {
	}

	/** An institution's latest accepted scores: overall and per area code. */
	public record HeatRow(UUID institutionId, String acronym, UUID assessmentId, String campaignName,
			@Nullable BigDecimal overall, Map<String, BigDecimal> areas) {

		public @Nullable BigDecimal area(String code) {
			return areas.get(code);
		}

		/** The score of a column ({@code overall} or an area code) as the heatmap prints it: whole points, or nothing. */
		public String shown(String column) {
			BigDecimal score = "overall".equals(column) ? overall : areas.get(column);
			return score == null ? "" : score.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
		}

		/** The band class of a column's score. */
		public String heat(String column) {
			return DashboardView.heat("overall".equals(column) ? overall : areas.get(column));
		}
	}

	/** The change in an institution's overall score between its two latest accepted assessments. */
	public record Improvement(UUID institutionId, String acronym, BigDecimal before, BigDecimal after,
			String campaignBefore, String campaignAfter) {

		@JsonProperty
		public BigDecimal change() {
			return after.subtract(before);
		}
	}

	/** A training programme: coverage against its plan, follow-up outcomes and its measured impact. */
	public record ProgrammeLine(UUID programmeId, String titleSw, String titleEn, String fiscalYear, int targetInstitutions,
			long institutionsReached, long officersTrained, double percentOfTarget, long followUpsDue,
			long followUpsAnswered, long followUpsOverdue, long challengesSolved, long challengesNotSolved,
			@Nullable Double scoreEffect, @Nullable Double incidentEffect) {

		public String title(org.mizani.platform.Language language) {
			return language.pick(titleSw, titleEn);
		}
	}

	/** Incidents in the last twelve months by severity, category and month; the clocks met; what is open and critical. */
	public record Incidents(LocalDate from, IncidentMetrics bySeverity, IncidentMetrics byCategory, IncidentMetrics byMonth,
			long openCritical) {

		/** The most incidents in any one month (at least 1), the scale of the monthly bars. */
		public long busiestMonth() {
			return Math.max(1, byMonth.rows().stream().mapToLong(IncidentMetrics.Figures::incidents).max().orElse(1));
		}
	}
}
