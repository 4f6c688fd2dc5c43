package org.mizani.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.mizani.assessment.ActionManagement;
import org.mizani.assessment.ComplianceScores;
import org.mizani.assessment.ComplianceScores.AcceptedAssessment;
import org.mizani.continuity.ContinuityManagement;
import org.mizani.incident.IncidentMetrics;
import org.mizani.incident.IncidentMetrics.Dimension;
import org.mizani.incident.IncidentReporting;
import org.mizani.incident.Severity;
import org.mizani.institution.InstitutionManagement;
import org.mizani.institution.InstitutionSelection;
import org.mizani.institution.InstitutionView;
import org.mizani.platform.Caller;
import org.mizani.platform.Today;
import org.mizani.project.ProjectManagement;
import org.mizani.project.ProjectQuery;
import org.mizani.reporting.DashboardFilter;
import org.mizani.reporting.DashboardView;
import org.mizani.reporting.DashboardView.Compliance;
import org.mizani.reporting.DashboardView.HeatRow;
import org.mizani.reporting.DashboardView.Improvement;
import org.mizani.reporting.DashboardView.ProgrammeLine;
import org.mizani.reporting.DashboardView.TrendRow;
import org.mizani.reporting.ExecutiveDashboard;
import org.mizani.training.FollowUpSummary;
import org.mizani.training.FollowUps;
import org.mizani.training.ImpactView;
import org.mizani.training.PlanProgress;
import org.mizani.training.ProgrammeView;
import org.mizani.training.TrainingImpact;
import org.mizani.training.TrainingManagement;
import jakarta.annotation.PreDestroy;
import org.mizani.platform.AuditableEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Puts the dashboard together from each module's own figures. Compliance is computed here from the
 * accepted assessments (one read), because the heatmap, trend and standings all come from the same rows.
 */
@Service
class DashboardService implements ExecutiveDashboard {

	/** How many institutions the weakest and most improved lists name. */
	static final int STANDINGS = 5;

	private final ComplianceScores scores;
	private final InstitutionManagement institutions;
	private final TrainingManagement training;
	private final FollowUps followUps;
	private final TrainingImpact impact;
	private final IncidentReporting incidents;
	private final ContinuityManagement continuity;
	private final ProjectManagement projects;
	private final ActionManagement actions;
	private final Today today;
	private final DashboardSnapshots snapshots;

	DashboardService(ComplianceScores scores, InstitutionManagement institutions, TrainingManagement training,
			FollowUps followUps, TrainingImpact impact, IncidentReporting incidents, ContinuityManagement continuity,
			ProjectManagement projects, ActionManagement actions, Today today,
			@Value("${mizani.reporting.dashboard-max-age:PT1M}") Duration maxAge) {
		this.scores = scores;
		this.institutions = institutions;
		this.training = training;
		this.followUps = followUps;
		this.impact = impact;
		this.incidents = incidents;
		this.continuity = continuity;
		this.projects = projects;
		this.actions = actions;
		this.today = today;
		this.snapshots = new DashboardSnapshots(this::read, maxAge);
	}

	@PreDestroy
	void close() {
		snapshots.close();
	}

	/**
	 * Every audited change makes the figures stale once its transaction has committed (a plain listener, so
	 * that no event publication is stored for it).
	 */
	@EventListener
	void on(AuditableEvent event) {
		org.mizani.platform.Transactions.afterCommit(snapshots::markStale);
	}

	@Override
	@PreAuthorize(Caller.AUTHORITY_STAFF)
	public DashboardView dashboard(DashboardFilter filter) {
		DashboardSnapshots.Snapshot snapshot = snapshots.current();
		return new DashboardView(today.date(), snapshot.takenAt(), filter, compliance(filter, snapshot), snapshot.training(),
				snapshot.incidents(), snapshot.continuity(), snapshot.projects(), snapshot.actions());
	}

	@Override
	@PreAuthorize(Caller.AUTHORITY_STAFF)
	public DashboardView refresh(DashboardFilter filter) {
		snapshots.refreshNow();
		return dashboard(filter);
	}

	/**
	 * What the dashboard is computed from, read from every module at once: the part that does not depend on
	 * the filter. Read as the caller (authority staff see everything) or, in the background, as an executive.
	 */
	DashboardSnapshots.Snapshot read() {
		LocalDate asOf = today.date();
		return new DashboardSnapshots.Snapshot(java.time.Instant.now(), scores.all(), scores.areaTitles(),
				institutions.select(InstitutionSelection.everyone()).stream().filter(InstitutionView::active).toList(), training(),
				incidents(asOf), continuity.readiness(null).total(), projects.portfolio(ProjectQuery.all()), actions.summary());
	}

	Compliance compliance(DashboardFilter filter, DashboardSnapshots.Snapshot snapshot) {
		List<AcceptedAssessment> accepted = snapshot.accepted();
		List<String> documents = accepted.stream().map(AcceptedAssessment::documentCode).distinct().sorted().toList();
		String document = chosenDocument(filter.document(), accepted, documents);
		Set<UUID> scope = scope(filter, snapshot.institutions());
		List<AcceptedAssessment> rows = accepted.stream()
			.filter(a -> a.documentCode().equalsIgnoreCase(Objects.requireNonNullElse(document, "")))
			.filter(a -> scope.contains(a.institutionId()))
			.toList();
		// oldest first, so the last one per institution is its latest
		Map<UUID, List<AcceptedAssessment>> byInstitution = rows.stream()
			.collect(Collectors.groupingBy(AcceptedAssessment::institutionId, LinkedHashMap::new, Collectors.toList()));
		List<HeatRow> latest = byInstitution.values().stream().map(list -> heatRow(list.get(list.size() - 1))).toList();
		List<HeatRow> heatmap = sorted(latest, filter.sort(), filter.descending());
		BigDecimal index = mean(latest.stream().map(HeatRow::overall).toList());
		List<HeatRow> weakest = latest.stream().filter(r -> r.overall() != null)
			.sorted(Comparator.comparing(HeatRow::overall).thenComparing(HeatRow::acronym)).limit(STANDINGS).toList();
		List<Improvement> improved = byInstitution.values().stream().filter(list -> list.size() > 1)
			.map(list -> improvement(list.get(list.size() - 2), list.get(list.size() - 1)))
			.filter(Objects::nonNull)
			.filter(i -> i.change().signum() > 0)
			.sorted(Comparator.comparing(Improvement::change).reversed().thenComparing(Improvement::acronym))
			.limit(STANDINGS)
			.toList();
		return new Compliance(documents, document, index, latest.size(), scope.size(), trend(rows), ScoredAreas.of(rows, snapshot.areaTitles()), heatmap,
				weakest, improved);
	}

	/** The chosen document if it has accepted assessments, else the one most recently accepted. */
	private static @Nullable String chosenDocument(@Nullable String wanted, List<AcceptedAssessment> accepted,
			List<String> documents) {
		if (wanted != null) {
			for (String d : documents) {
				if (d.equalsIgnoreCase(wanted)) {
					return d;
				}
			}
		}
		return accepted.isEmpty() ? null : accepted.get(accepted.size() - 1).documentCode();
	}

	/** The active institutions of the chosen type, sector and region (sector and region compared without case). */
	private static Set<UUID> scope(DashboardFilter filter, List<InstitutionView> active) {
		return active.stream()
			.filter(i -> filter.type() == null || i.type() == filter.type())
			.filter(i -> filter.sector() == null || filter.sector().equalsIgnoreCase(i.sector()))
			.filter(i -> filter.region() == null || filter.region().equalsIgnoreCase(i.region()))
			.map(i -> i.id().value())
			.collect(Collectors.toSet());
	}

	private static HeatRow heatRow(AcceptedAssessment a) {
		return new HeatRow(a.institutionId(), a.institutionAcronym(), a.assessment().value(), a.campaignName(), a.overall(),
				a.areas());
	}

	static List<HeatRow> sorted(List<HeatRow> rows, @Nullable String sort, boolean descending) {
		Comparator<HeatRow> byAcronym = Comparator.comparing(HeatRow::acronym, String.CASE_INSENSITIVE_ORDER);
		Comparator<HeatRow> order;
		if (sort == null || sort.isBlank() || "acronym".equals(sort)) {
			order = descending ? byAcronym.reversed() : byAcronym;
		}
		else {
			// institutions without that score go last whichever way the column is sorted
			Comparator<BigDecimal> values = descending ? Comparator.<BigDecimal>reverseOrder() : Comparator.<BigDecimal>naturalOrder();
			order = Comparator.comparing((HeatRow r) -> "overall".equals(sort) ? r.overall() : r.area(sort),
					Comparator.nullsLast(values)).thenComparing(byAcronym);
		}
		return rows.stream().sorted(order).toList();
	}

	/** The mean score per campaign, campaigns in the order their first assessment was accepted. */
	private static List<TrendRow> trend(List<AcceptedAssessment> rows) {
		Map<UUID, List<AcceptedAssessment>> byCampaign = rows.stream()
			.collect(Collectors.groupingBy(a -> a.campaign().value(), LinkedHashMap::new, Collectors.toList()));
		List<TrendRow> trend = new ArrayList<>();
		byCampaign.forEach((campaign, list) -> trend.add(new TrendRow(campaign, list.get(0).campaignName(),
				mean(list.stream().map(AcceptedAssessment::overall).toList()),
				(int) list.stream().map(AcceptedAssessment::institutionId).distinct().count())));
		return trend;
	}

	private static @Nullable Improvement improvement(AcceptedAssessment before, AcceptedAssessment after) {
		if (before.overall() == null || after.overall() == null) {
			return null;
		}
		return new Improvement(after.institutionId(), after.institutionAcronym(), before.overall(), after.overall(),
				before.campaignName(), after.campaignName());
	}

	static @Nullable BigDecimal mean(List<@Nullable BigDecimal> values) {
		List<BigDecimal> present = values.stream().filter(Objects::nonNull).map(v -> (BigDecimal) v).toList();
		if (present.isEmpty()) {
			return null;
		}
		return present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP);
	}

	private List<ProgrammeLine> training() {
		List<ProgrammeLine> lines = new ArrayList<>();
		for (ProgrammeView p : training.programmes()) {
			PlanProgress plan = training.plan(p.id());
			FollowUpSummary followUp = followUps.summary(p.id());
			ImpactView.Comparison effect = impact.impact(p.id()).overall();
			long solved = followUp.challenges().values().stream().mapToLong(FollowUpSummary.Tally::solved).sum();
			long notSolved = followUp.challenges().values().stream().mapToLong(FollowUpSummary.Tally::notSolved).sum();
			lines.add(new ProgrammeLine(p.id(), p.titleSw(), p.titleEn(), p.fiscalYearLabel(), p.targetInstitutions(),
					plan.overall().institutions(), plan.overall().officers(), plan.percentOfTarget(), followUp.due(),
					followUp.answered(), followUp.overdue(), solved, notSolved, effect.scoreEffect(), effect.incidentEffect()));
		}
		return lines;
	}

	private DashboardView.Incidents incidents(LocalDate asOf) {
		LocalDate from = asOf.withDayOfMonth(1).minusMonths(11);
		IncidentMetrics bySeverity = incidents.metrics(Dimension.SEVERITY, from, asOf);
		long openCritical = incidents.metrics(Dimension.SEVERITY, null, null).rows().stream()
			.filter(r -> Severity.CRITICAL.name().equals(r.key())).mapToLong(IncidentMetrics.Figures::open).sum();
		return new DashboardView.Incidents(from, bySeverity, incidents.metrics(Dimension.CATEGORY, from, asOf),
				incidents.metrics(Dimension.MONTH, from, asOf), openCritical);
	}
}
