package org.mizani.assessment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.assessment.AreaProgress;
import org.mizani.assessment.AssessmentAccepted;
import org.mizani.assessment.AssessmentActivity;
import org.mizani.assessment.AssessmentId;
import org.mizani.assessment.AssessmentManagement;
import org.mizani.assessment.AssessmentStatus;
import org.mizani.assessment.AssessmentSubmitted;
import org.mizani.assessment.AssessmentView;
import org.mizani.assessment.EvidenceFileView;
import org.mizani.assessment.EvidenceId;
import org.mizani.assessment.EvidenceView;
import org.mizani.assessment.ResponseConflictException;
import org.mizani.assessment.ResponseFilter;
import org.mizani.assessment.ResponseForm;
import org.mizani.assessment.ResponseId;
import org.mizani.assessment.ResponseView;
import org.mizani.assessment.Result;
import org.mizani.assessment.ReviewForm;
import org.mizani.assessment.ReviewState;
import org.mizani.assessment.Score;
import org.mizani.assessment.TrendPoint;
import org.mizani.identity.Role;
import org.mizani.identity.UserDirectory;
import org.mizani.identity.UserDirectory.Contact;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.FileStore;
import org.mizani.platform.Language;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.Today;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AssessmentService implements AssessmentManagement {

	/** The institution's people who fill in an assessment (DESIGN.md: ICT officers fill, the head approves and submits). */
	static final Set<Role> FILLERS = EnumSet.of(Role.ICT_OFFICER, Role.INSTITUTION_HEAD);

	private final Assessments assessments;
	private final Campaigns campaigns;
	private final Actions actions;
	private final UserDirectory directory;
	private final FileStore files;
	private final EvidenceFiles evidenceFiles;
	private final AssessmentExports exports;
	private final AssessmentMail mail;
	private final ApplicationEventPublisher events;
	private final Today today;

	AssessmentService(Assessments assessments, Campaigns campaigns, Actions actions, UserDirectory directory,
			FileStore files, EvidenceFiles evidenceFiles, AssessmentExports exports, AssessmentMail mail,
			ApplicationEventPublisher events, Today today) {
		this.assessments = assessments;
		this.campaigns = campaigns;
		this.actions = actions;
		this.directory = directory;
		this.files = files;
		this.evidenceFiles = evidenceFiles;
		this.exports = exports;
		this.mail = mail;
		this.events = events;
		this.today = today;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<AssessmentView> ofInstitution(UUID institution) {
		if (!Caller.require().canAccess(institution)) {
			throw new NotFoundException("institution");
		}
		return assessments.ofInstitution(institution);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public AssessmentView get(AssessmentId id) {
		return visible(id.value());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<AreaProgress> areas(AssessmentId id) {
		visible(id.value());
		return assessments.areas(id.value());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<ResponseView> responses(AssessmentId id, ResponseFilter filter) {
		visible(id.value());
		if (filter.area() != null && filter.area().length() > 120) {
			throw BusinessRuleException.onField("area", "validation.size.max", 120);
		}
		return withNames(assessments.responses(id.value(), filter, Caller.require().userId()));
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public ResponseView response(ResponseId id) {
		ResponseView response = assessments.response(id.value()).orElseThrow(() -> new NotFoundException("response"));
		if (!Caller.require().canAccess(response.institutionId())) {
			throw new NotFoundException("response");
		}
		return withNames(List.of(response)).get(0);
	}

	@Override
	@PreAuthorize("hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public ResponseView save(ResponseId id, ResponseForm form) {
		ResponseView current = response(id);
		AssessmentView assessment = editable(current.assessmentId().value());
		List<FieldProblem> problems = new ArrayList<>();
		if (form.result() == Result.NOT_APPLICABLE && (form.justification() == null || form.justification().isBlank())) {
			problems.add(new FieldProblem("justification", "assessment.response.justification-required"));
		}
		if (form.assigneeId() != null && !assignable(assessment.institutionId(), form.assigneeId())) {
			problems.add(new FieldProblem("assigneeId", "assessment.response.assignee-unknown"));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		if (!assessments.save(id.value(), form, Caller.require().userId())) {
			throw new ResponseConflictException(response(id));
		}
		assessments.started(assessment.id().value());
		audited("assessment.response.saved", id, assessment,
				current.displayCode() + ": " + (form.result() == null ? "-" : form.result()));
		return response(id);
	}

	@Override
	@PreAuthorize("hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public int bulkSet(AssessmentId id, List<ResponseId> responses, Result result, String justification) {
		AssessmentView assessment = editable(id.value());
		if (responses.isEmpty()) {
			throw BusinessRuleException.onField("responses", "assessment.bulk.none-selected");
		}
		if (responses.size() > 1000) {
			throw BusinessRuleException.onField("responses", "validation.size.max", 1000);
		}
		if (result == Result.NOT_APPLICABLE && (justification == null || justification.isBlank())) {
			throw BusinessRuleException.onField("justification", "assessment.response.justification-required");
		}
		if (justification != null && justification.length() > 5000) {
			throw BusinessRuleException.onField("justification", "validation.size.max", 5000);
		}
		int changed = assessments.bulkSet(id.value(), responses.stream().map(ResponseId::value).toList(), result,
				justification == null || justification.isBlank() ? null : justification.strip(), Caller.require().userId());
		assessments.started(id.value());
		events.publishEvent(new AssessmentActivity("assessment.response.bulk-set", "assessment", id.toString(),
				assessment.institutionId(), changed + " responses set to " + result, Actor.current()));
		return changed;
	}

	@Override
	@PreAuthorize("hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public EvidenceView attachFile(ResponseId id, String filename, InputStream content) throws IOException {
		ResponseView response = response(id);
		AssessmentView assessment = editable(response.assessmentId().value());
		UUID by = Caller.require().userId();
		EvidenceFileView file = evidenceFiles.store(assessment.institutionId(), filename, content, by);
		String name = file.filename();
		UUID attachment = assessments.attach(id.value(), file.id().value(), null, name, by);
		audited("assessment.evidence.uploaded", id, assessment,
				response.displayCode() + ": " + name + " (sha256 " + file.sha256() + ")");
		return evidence(id, attachment);
	}

	@Override
	@PreAuthorize("hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public EvidenceView attachLink(ResponseId id, String url, String title) {
		ResponseView response = response(id);
		AssessmentView assessment = editable(response.assessmentId().value());
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
		audited("assessment.evidence.linked", id, assessment, response.displayCode() + ": " + link);
		return evidence(id, attachment);
	}

	@Override
	@PreAuthorize("hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public EvidenceView attachExisting(ResponseId id, EvidenceId file) {
		ResponseView response = response(id);
		AssessmentView assessment = editable(response.assessmentId().value());
		EvidenceFileView existing = assessments.file(file.value())
			.filter(f -> f.institutionId().equals(assessment.institutionId()))
			.orElseThrow(() -> BusinessRuleException.onField("file", "assessment.evidence.unknown"));
		if (response.evidence().stream().anyMatch(e -> file.equals(e.fileId()))) {
			throw BusinessRuleException.onField("file", "assessment.evidence.already-attached");
		}
		UUID attachment = assessments.attach(id.value(), existing.id().value(), null, existing.filename(),
				Caller.require().userId());
		audited("assessment.evidence.reused", id, assessment, response.displayCode() + ": " + existing.filename());
		return evidence(id, attachment);
	}

	@Override
	@PreAuthorize("hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public void detach(ResponseId id, UUID attachment) {
		ResponseView response = response(id);
		AssessmentView assessment = editable(response.assessmentId().value());
		if (!assessments.detach(id.value(), attachment)) {
			throw new NotFoundException("evidence");
		}
		audited("assessment.evidence.removed", id, assessment, response.displayCode());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<EvidenceFileView> evidenceFiles(AssessmentId id) {
		return assessments.files(visible(id.value()).institutionId());
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

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<String> missingForSubmission(AssessmentId id) {
		visible(id.value());
		List<String> missing = new ArrayList<>(assessments.unansweredMandatory(id.value()));
		missing.addAll(assessments.unjustifiedNotApplicable(id.value()));
		return missing;
	}

	@Override
	@PreAuthorize("hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public AssessmentView submit(AssessmentId id, long expectedVersion) {
		AssessmentView assessment = own(id.value());
		assessments.lock(id.value());
		Caller caller = Caller.require();
		SubmissionPolicy.Decision decision = SubmissionPolicy.decide(new SubmissionPolicy.Situation(assessment.status(),
				assessment.campaignStatus(), assessment.lateRule(), assessment.deadline(), today.date(),
				caller.hasRole(Role.INSTITUTION_HEAD.name()), assessments.unansweredMandatory(id.value()),
				assessments.unjustifiedNotApplicable(id.value())));
		if (!decision.allowed()) {
			throw new BusinessRuleException(decision.problems());
		}
		if (!assessments.submit(id.value(), expectedVersion, caller.userId(), decision.late())) {
			throw new ConcurrentChangeException("assessment");
		}
		events.publishEvent(new AssessmentSubmitted(id, assessment.institutionId(), decision.late(), Actor.current()));
		return get(id);
	}

	@Override
	@PreAuthorize("hasRole('COMPLIANCE_OFFICER')")
	@Transactional
	public ResponseView review(ResponseId id, ReviewForm form) {
		ResponseView response = response(id);
		AssessmentView assessment = underReview(response.assessmentId().value());
		ReviewState state;
		Result override = null;
		switch (form.decision()) {
			case ACCEPT -> state = ReviewState.ACCEPTED;
			case OVERRIDE -> {
				state = ReviewState.OVERRIDDEN;
				override = form.overrideResult();
				List<FieldProblem> problems = new ArrayList<>();
				if (override == null || override == response.result()) {
					problems.add(new FieldProblem("overrideResult", "assessment.review.override-differs"));
				}
				if (form.comment() == null || form.comment().isBlank()) {
					problems.add(new FieldProblem("comment", "assessment.review.reason-required"));
				}
				if (!problems.isEmpty()) {
					throw new BusinessRuleException(problems);
				}
			}
			default -> {
				state = ReviewState.MORE_EVIDENCE;
				if (form.comment() == null || form.comment().isBlank()) {
					throw BusinessRuleException.onField("comment", "assessment.review.comment-required");
				}
			}
		}
		if (!assessments.review(id.value(), state, override, form.comment(), Caller.require().userId(), form.version())) {
			throw new ResponseConflictException(response(id));
		}
		assessments.underReview(assessment.id().value());
		audited("assessment.response.reviewed", id, assessment, response.displayCode() + ": " + state
						+ (override == null ? "" : " → " + override) + (form.comment() == null ? "" : " (" + form.comment().strip() + ")"));
		return response(id);
	}

	@Override
	@PreAuthorize("hasRole('COMPLIANCE_OFFICER')")
	@Transactional
	public AssessmentView returnToInstitution(AssessmentId id, String comment) {
		AssessmentView assessment = underReview(id.value());
		if (comment == null || comment.isBlank()) {
			throw BusinessRuleException.onField("comment", "assessment.review.comment-required");
		}
		if (comment.length() > 5000) {
			throw BusinessRuleException.onField("comment", "validation.size.max", 5000);
		}
		assessments.returnToInstitution(id.value(), comment.strip(), Caller.require().userId());
		mail.returned(assessment, comment.strip());
		events.publishEvent(new AssessmentActivity("assessment.returned", "assessment", id.toString(),
				assessment.institutionId(), comment.strip(), Actor.current()));
		return get(id);
	}

	@Override
	@PreAuthorize("hasRole('COMPLIANCE_OFFICER')")
	@Transactional
	public AssessmentView accept(AssessmentId id, String comment) {
		AssessmentView assessment = underReview(id.value());
		if (comment != null && comment.length() > 5000) {
			throw BusinessRuleException.onField("comment", "validation.size.max", 5000);
		}
		List<ResponseView> waiting = assessments.responses(id.value(), new ResponseFilter(null, ResponseFilter.Show.RETURNED), null);
		if (!waiting.isEmpty()) {
			throw new BusinessRuleException("assessment.accept.evidence-requested", waiting.size());
		}
		Score score = ScoringPolicy.score(assessments.answers(id.value()));
		assessments.accept(id.value(), comment, Caller.require().userId(), score);
		mail.accepted(assessment, score);
		events.publishEvent(new AssessmentAccepted(id, assessment.institutionId(), score.overall(), Actor.current()));
		return get(id);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public Score score(AssessmentId id) {
		AssessmentView assessment = visible(id.value());
		return assessment.status() == AssessmentStatus.ACCEPTED ? assessments.storedScore(id.value())
				: ScoringPolicy.score(assessments.answers(id.value()));
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<TrendPoint> trend(AssessmentId id) {
		AssessmentView assessment = visible(id.value());
		UUID document = campaigns.find(assessment.campaignId().value()).orElseThrow().documentId();
		return assessments.trend(assessment.institutionId(), document);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<Contact> assignees(AssessmentId id) {
		return directory.members(visible(id.value()).institutionId(), FILLERS);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public byte[] reportPdf(AssessmentId id, Language language) {
		AssessmentView assessment = visible(id.value());
		return exports.reportPdf(assessment, areas(id), score(id),
				withNames(assessments.responses(id.value(), new ResponseFilter(null, ResponseFilter.Show.GAPS), null)),
				actions.ofAssessment(id.value()), language);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public void exportXlsx(AssessmentId id, OutputStream out) throws IOException {
		exports.assessmentXlsx(visible(id.value()), out);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public byte[] oscalAssessmentResults(AssessmentId id) {
		AssessmentView assessment = visible(id.value());
		return exports.oscalResults(assessment, assessments.responses(id.value(), ResponseFilter.all(), null));
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public byte[] oscalPoam(AssessmentId id) {
		AssessmentView assessment = visible(id.value());
		return exports.oscalPoam(assessment, actions.ofAssessment(id.value()));
	}

	/** The audit event of a change to one response of the institution's assessment. */
	private void audited(String action, ResponseId id, AssessmentView assessment, String summary) {
		events.publishEvent(new AssessmentActivity(action, "assessment-response", id.toString(), assessment.institutionId(),
				summary, Actor.current()));
	}

	private AssessmentView visible(UUID id) {
		AssessmentView assessment = assessments.find(id).orElseThrow(() -> new NotFoundException("assessment"));
		if (!Caller.require().canAccess(assessment.institutionId())) {
			throw new NotFoundException("assessment");
		}
		return assessment;
	}

	/** An assessment of the caller's own institution (the authority reads but never answers). */
	private AssessmentView own(UUID id) {
		AssessmentView assessment = visible(id);
		Caller caller = Caller.require();
		if (caller.authority() || !Objects.equals(caller.institutionId(), assessment.institutionId())) {
			throw new NotFoundException("assessment");
		}
		return assessment;
	}

	/** The caller's own institution's assessment, while it can still be changed. */
	private AssessmentView editable(UUID id) {
		AssessmentView assessment = own(id);
		if (!assessment.editable(today.date())) {
			throw new BusinessRuleException(assessment.status().editableByInstitution() ? "assessment.locked.deadline"
					: "assessment.locked.submitted");
		}
		return assessment;
	}

	private AssessmentView underReview(UUID id) {
		AssessmentView assessment = visible(id);
		if (assessment.status() != AssessmentStatus.SUBMITTED && assessment.status() != AssessmentStatus.UNDER_REVIEW) {
			throw new BusinessRuleException("assessment.review.not-submitted");
		}
		return assessment;
	}

	private boolean assignable(UUID institution, UUID user) {
		Contact contact = directory.contacts(List.of(user)).get(user);
		return contact != null && institution.equals(contact.institutionId());
	}

	private EvidenceView evidence(ResponseId response, UUID attachment) {
		return response(response).evidence().stream().filter(e -> e.id().equals(attachment)).findFirst().orElseThrow();
	}

	private List<ResponseView> withNames(List<ResponseView> responses) {
		List<UUID> ids = responses.stream().map(ResponseView::assigneeId).filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty()) {
			return responses;
		}
		Map<UUID, Contact> contacts = directory.contacts(ids);
		return responses.stream().map(r -> named(r, r.assigneeId() == null ? null : contacts.get(r.assigneeId()))).toList();
	}

	private static ResponseView named(ResponseView r, @Nullable Contact assignee) {
		if (assignee == null) {
			return r;
		}
		return new ResponseView(r.id(), r.assessmentId(), r.institutionId(), r.requirementId(), r.code(), r.displayCode(),
				r.areaCode(), r.titleSw(), r.titleEn(), r.statementSw(), r.statementEn(), r.weight(), r.mandatory(),
				r.result(), r.maturity(), r.notes(), r.justification(), r.assigneeId(), assignee.fullName(), r.answeredAt(),
				r.reviewState(), r.reviewComment(), r.overrideResult(), r.overrideReason(), r.evidence(), r.version());
	}
}
