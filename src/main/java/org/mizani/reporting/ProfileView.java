package org.mizani.reporting;

import java.time.LocalDate;
import java.util.List;

import org.mizani.assessment.ActionView;
import org.mizani.assessment.AssessmentView;
import org.mizani.assessment.ComplianceScores.AcceptedAssessment;
import org.mizani.assessment.ComplianceScores.AreaTitle;
import org.mizani.assessment.ResponseView;
import org.mizani.continuity.PlanView;
import org.mizani.continuity.Readiness;
import org.mizani.incident.IncidentView;
import org.mizani.institution.InstitutionView;
import org.mizani.platform.PageResult;
import org.mizani.project.ProjectView;
import org.mizani.system.SystemSummary;
import org.mizani.training.FollowUpView;
import org.mizani.training.TrainedOfficer;

/**
 * One institution's profile: its details; accepted scores over time and the assessments in hand; the open
 * gaps of its latest accepted assessment and its remediation actions; its officers trained and the
 * follow-ups; its systems with their DR plans and readiness; its latest incidents; its ICT projects.
 */
public record ProfileView(InstitutionView institution, LocalDate asOf, List<AcceptedAssessment> scores,
		List<AreaTitle> areas, List<AssessmentView> assessments, List<Gaps> gaps, PageResult<ActionView> openActions,
		long overdueActions, List<TrainedOfficer> officers, List<FollowUpView> followUps, List<SystemSummary> systems,
		List<PlanView> plans, Readiness.Coverage readiness, PageResult<IncidentView> incidents, long openIncidents,
		PageResult<ProjectView> projects) {

	/** How many items each list shows on the page; each links to the whole list. */
	public static final int SHOWN = 10;

	/** The gaps (not or partly compliant) of the latest accepted assessment of one catalogue document. */
	public record Gaps(AssessmentView assessment, long count, List<ResponseView> first) {
	}

	public @org.jspecify.annotations.Nullable PlanView planOf(SystemSummary system) {
		return plans.stream().filter(p -> p.systemId().equals(system.id().value())).findFirst().orElse(null);
	}
}
