package org.mizani.assessment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.UUID;

import org.mizani.assessment.AssessmentId;
import org.mizani.assessment.AssessmentEvidence;
import org.mizani.assessment.AssessmentManagement;
import org.mizani.assessment.AssessmentView;
import org.mizani.assessment.EvidenceFileView;
import org.mizani.assessment.EvidenceId;
import org.mizani.assessment.EvidenceView;
import org.mizani.assessment.ResponseId;
import org.mizani.assessment.ResponseView;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.FileStore;
import org.mizani.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class EvidenceService implements AssessmentEvidence {

	private final Assessments assessments;
	private final AssessmentManagement assessmentsApi;
	private final AssessmentAccess access;
	private final FileStore files;
	private final EvidenceFiles evidenceFiles;

	EvidenceService(Assessments assessments, AssessmentManagement assessmentsApi, AssessmentAccess access, FileStore files,
			EvidenceFiles evidenceFiles) {
		this.assessments = assessments;
		this.assessmentsApi = assessmentsApi;
		this.access = access;
		this.files = files;
		this.evidenceFiles = evidenceFiles;
	}

	@Override
	@PreAuthorize("hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public EvidenceView attachFile(ResponseId id, String filename, InputStream content) throws IOException {
		ResponseView response = assessmentsApi.response(id);
		AssessmentView assessment = access.editable(response.assessmentId().value());
		UUID by = Caller.require().userId();
		EvidenceFileView file = evidenceFiles.store(assessment.institutionId(), filename, content, by);
		String name = file.filename();
		UUID attachment = assessments.attach(id.value(), file.id().value(), null, name, by);
		access.audited("assessment.evidence.uploaded", id, assessment,
				response.displayCode() + ": " + name + " (sha256 " + file.sha256() + ")");
		return evidence(id, attachment);
	}

	@Override
	@PreAuthorize("hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public EvidenceView attachLink(ResponseId id, String url, String title) {
		ResponseView response = assessmentsApi.response(id);
		AssessmentView assessment = access.editable(response.assessmentId().value());
		String link = url == null ? "" : url.strip();
		URI uri;
		try {
			uri = new URI(link);
		}
		catch (URISyntaxException e) {
			throw BusinessRuleException.onField("url", "assessment.evidence.url-invalid");
		}
		if (link.length() > 2000 || uri.getHost() == null
				|| !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
			throw BusinessRuleException.onField("url", "assessment.evidence.url-invalid");
		}
		String label = title == null || title.isBlank() ? uri.getHost() : title.strip();
		if (label.length() > 200) {
			throw BusinessRuleException.onField("title", "validation.size.max", 200);
		}
		UUID attachment = assessments.attach(id.value(), null, link, label, Caller.require().userId());
		access.audited("assessment.evidence.linked", id, assessment, response.displayCode() + ": " + link);
		return evidence(id, attachment);
	}

	@Override
	@PreAuthorize("hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public EvidenceView attachExisting(ResponseId id, EvidenceId file) {
		ResponseView response = assessmentsApi.response(id);
		AssessmentView assessment = access.editable(response.assessmentId().value());
		EvidenceFileView existing = assessments.file(file.value())
			.filter(f -> f.institutionId().equals(assessment.institutionId()))
			.orElseThrow(() -> BusinessRuleException.onField("file", "assessment.evidence.unknown"));
		if (response.evidence().stream().anyMatch(e -> file.equals(e.fileId()))) {
			throw BusinessRuleException.onField("file", "assessment.evidence.already-attached");
		}
		UUID attachment = assessments.attach(id.value(), existing.id().value(), null, existing.filename(),
				Caller.require().userId());
		access.audited("assessment.evidence.reused", id, assessment, response.displayCode() + ": " + existing.filename());
		return evidence(id, attachment);
	}

	@Override
	@PreAuthorize("hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public void detach(ResponseId id, UUID attachment) {
		ResponseView response = assessmentsApi.response(id);
		AssessmentView assessment = access.editable(response.assessmentId().value());
		if (!assessments.detach(id.value(), attachment)) {
			throw new NotFoundException("evidence");
		}
		access.audited("assessment.evidence.removed", id, assessment, response.displayCode());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<EvidenceFileView> evidenceFiles(AssessmentId id) {
		return assessments.files(access.visible(id.value()).institutionId());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public EvidenceFileView evidenceFile(EvidenceId id) {
		EvidenceFileView file = assessments.file(id.value()).orElseThrow(() -> new NotFoundException("evidence"));
		if (!Caller.require().canAccess(file.institutionId())) {
			throw new NotFoundException("evidence");
		}
		return file;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public InputStream openEvidence(EvidenceId id) throws IOException {
		return files.open(evidenceFile(id).sha256());
	}

	private EvidenceView evidence(ResponseId response, UUID attachment) {
		return assessmentsApi.response(response).evidence().stream().filter(e -> e.id().equals(attachment)).findFirst().orElseThrow();
	}
}
