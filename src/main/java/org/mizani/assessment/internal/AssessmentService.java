package org.mizani.assessment.internal;

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
	private final AssessmentAccess access;
	private final Campaigns campaigns;
	private final UserDirectory directory;
	private final AssessmentMail mail;
	private final ApplicationEventPublisher events;
	private final Today today;

	AssessmentService(Assessments assessments, AssessmentAccess access, Campaigns campaigns, UserDirectory directory,
			AssessmentMail mail, ApplicationEventPublisher events, Today today) {
		this.assessments = assessments;
		this.access = access;
		this.campaigns = campaigns;
		this.directory = directory;
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
		return access.visible(id.value());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<AreaProgress> areas(AssessmentId id) {
		access.visible(id.value());
		return assessments.areas(id.value());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<ResponseView> responses(AssessmentId id, ResponseFilter filter) {
		access.visible(id.value());
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
		AssessmentView assessment = access.editable(current.assessmentId().value());
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
		access.audited("assessment.response.saved", id, assessment,
				current.displayCode() + ": " + (form.result() == null ? "-" : form.result()));
		return response(id);
	}

	@Override
	@PreAuthorize("hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public int bulkSet(AssessmentId id, List<ResponseId> responses, Result result, String justification) {
		AssessmentView assessment = access.editable(id.value());
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
	@PreAuthorize("isAuthenticated()")
	public List<String> missingForSubmission(AssessmentId id) {
		access.visible(id.value());
		List<String> missing = new ArrayList<>(assessments.unansweredMandatory(id.value()));
		missing.addAll(assessments.unjustifiedNotApplicable(id.value()));
		return missing;
	}

	@Override
	@PreAuthorize("hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public AssessmentView submit(AssessmentId id, long expectedVersion) {
		AssessmentView assessment = access.own(id.value());
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
		AssessmentView assessment = access.underReview(response.assessmentId().value());
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
		access.audited("assessment.response.reviewed", id, assessment, response.displayCode() + ": " + state
						+ (override == null ? "" : " → " + override) + (form.comment() == null ? "" : " (" + form.comment().strip() + ")"));
		return response(id);
	}

	@Override
	@PreAuthorize("hasRole('COMPLIANCE_OFFICER')")
	@Transactional
	public AssessmentView returnToInstitution(AssessmentId id, String comment) {
		AssessmentView assessment = access.underReview(id.value());
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
		AssessmentView assessment = access.underReview(id.value());
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
		AssessmentView assessment = access.visible(id.value());
		return assessment.status() == AssessmentStatus.ACCEPTED ? assessments.storedScore(id.value())
				: ScoringPolicy.score(assessments.answers(id.value()));
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<TrendPoint> trend(AssessmentId id) {
		AssessmentView assessment = access.visible(id.value());
		UUID document = campaigns.find(assessment.campaignId().value()).orElseThrow().documentId();
		return assessments.trend(assessment.institutionId(), document);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<Contact> assignees(AssessmentId id) {
		return directory.members(access.visible(id.value()).institutionId(), FILLERS);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<Contact> assigneesOf(UUID institution) {
		if (!Caller.require().canAccess(institution)) {
			throw new NotFoundException("institution");
		}
		return directory.members(institution, FILLERS);
	}

	private boolean assignable(UUID institution, UUID user) {
		Contact contact = directory.contacts(List.of(user)).get(user);
		return contact != null && institution.equals(contact.institutionId());
	}

	List<ResponseView> withNames(List<ResponseView> responses) {
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
