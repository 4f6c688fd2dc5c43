package org.mizani.assessment.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.mizani.assessment.AssessmentId;
import org.mizani.assessment.AssessmentManagement;
import org.mizani.assessment.AssessmentReports;
import org.mizani.assessment.AssessmentView;
import org.mizani.assessment.ResponseFilter;
import org.mizani.platform.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AssessmentReportService implements AssessmentReports {

	private final Assessments assessments;
	private final Actions actions;
	private final AssessmentAccess access;
	private final AssessmentManagement assessmentsApi;
	private final AssessmentService service;
	private final AssessmentExports exports;

	AssessmentReportService(Assessments assessments, Actions actions, AssessmentAccess access, AssessmentManagement assessmentsApi,
			AssessmentService service, AssessmentExports exports) {
		this.assessments = assessments;
		this.actions = actions;
		this.access = access;
		this.assessmentsApi = assessmentsApi;
		this.service = service;
		this.exports = exports;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public byte[] reportPdf(AssessmentId id, Language language) {
		AssessmentView assessment = access.visible(id.value());
		return exports.reportPdf(assessment, assessmentsApi.areas(id), assessmentsApi.score(id),
				service.withNames(assessments.responses(id.value(), new ResponseFilter(null, ResponseFilter.Show.GAPS), null)),
				actions.ofAssessment(id.value()), language);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public void exportXlsx(AssessmentId id, OutputStream out) throws IOException {
		exports.assessmentXlsx(access.visible(id.value()), out);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public byte[] oscalAssessmentResults(AssessmentId id) {
		AssessmentView assessment = access.visible(id.value());
		return exports.oscalResults(assessment, assessments.responses(id.value(), ResponseFilter.all(), null));
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public byte[] oscalPoam(AssessmentId id) {
		AssessmentView assessment = access.visible(id.value());
		return exports.oscalPoam(assessment, actions.ofAssessment(id.value()));
	}
}
