package org.mizani.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mizani.assessment.ActionManagement;
import org.mizani.assessment.ActionQuery;
import org.mizani.assessment.AssessmentManagement;
import org.mizani.assessment.AssessmentStatus;
import org.mizani.assessment.AssessmentView;
import org.mizani.assessment.ComplianceScores;
import org.mizani.assessment.ComplianceScores.AcceptedAssessment;
import org.mizani.assessment.ResponseFilter;
import org.mizani.assessment.ResponseView;
import org.mizani.continuity.ContinuityManagement;
import org.mizani.incident.IncidentManagement;
import org.mizani.incident.IncidentQuery;
import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement;
import org.mizani.institution.InstitutionView;
import org.mizani.platform.Caller;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.Paging;
import org.mizani.platform.Today;
import org.mizani.project.ProjectManagement;
import org.mizani.project.ProjectQuery;
import org.mizani.reporting.InstitutionProfiles;
import org.mizani.reporting.ProfileView;
import org.mizani.system.SystemRegister;
import org.mizani.training.FollowUps;
import org.mizani.training.TrainingDelivery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Gathers an institution's profile from each module, each of which checks again who may see what. */
@Service
class ProfileService implements InstitutionProfiles {

	private final InstitutionManagement institutions;
	private final ComplianceScores scores;
	private final AssessmentManagement assessments;
	private final ActionManagement actions;
	private final TrainingDelivery training;
	private final FollowUps followUps;
	private final SystemRegister systems;
	private final ContinuityManagement continuity;
	private final IncidentManagement incidents;
	private final ProjectManagement projects;
	private final Today today;

	ProfileService(InstitutionManagement institutions, ComplianceScores scores, AssessmentManagement assessments,
			ActionManagement actions, TrainingDelivery training, FollowUps followUps, SystemRegister systems,
			ContinuityManagement continuity, IncidentManagement incidents, ProjectManagement projects, Today today) {
		this.institutions = institutions;
		this.scores = scores;
		this.assessments = assessments;
		this.actions = actions;
		this.training = training;
		this.followUps = followUps;
		this.systems = systems;
		this.continuity = continuity;
		this.incidents = incidents;
		this.projects = projects;
		this.today = today;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public ProfileView profile(UUID id) {
		if (!Caller.require().canAccess(id)) {
			throw new NotFoundException("institution");
		}
		InstitutionView institution = institutions.get(new InstitutionId(id));
		List<AcceptedAssessment> history = scores.history(id);
		Paging first = Paging.of(0, ProfileView.SHOWN);
		var open = IncidentQuery.Flag.OPEN;
		return new ProfileView(institution, today.date(), history, ScoredAreas.of(history, scores.areaTitles()), assessments.ofInstitution(id),
				gaps(history), actions.search(ActionQuery.pendingOf(id), first),
				actions.search(new ActionQuery(id, null, true, null), Paging.of(0, 1)).total(), training.officersOf(id),
				followUps.followUpsOf(id), systems.ofInstitution(id), continuity.plans(id), continuity.readiness(id).total(),
				incidents.search(new IncidentQuery(null, null, null, id, null, null, null), first),
				incidents.search(new IncidentQuery(null, null, null, id, null, null, open), Paging.of(0, 1)).total(),
				projects.search(new ProjectQuery(null, id, null, null, null, null), first));
	}

	/** The gaps of the latest accepted assessment of each document the institution was assessed against. */
	private List<ProfileView.Gaps> gaps(List<AcceptedAssessment> history) {
		Map<String, AcceptedAssessment> latest = new LinkedHashMap<>();
		history.forEach(a -> latest.put(a.documentCode(), a));
		List<ProfileView.Gaps> gaps = new ArrayList<>();
		for (AcceptedAssessment a : latest.values()) {
			AssessmentView assessment = assessments.get(a.assessment());
			if (assessment.status() != AssessmentStatus.ACCEPTED) {
				continue;
			}
			List<ResponseView> all = assessments.responses(a.assessment(), new ResponseFilter(null, ResponseFilter.Show.GAPS));
			gaps.add(new ProfileView.Gaps(assessment, all.size(), all.subList(0, Math.min(all.size(), ProfileView.SHOWN))));
		}
		return gaps;
	}
}
