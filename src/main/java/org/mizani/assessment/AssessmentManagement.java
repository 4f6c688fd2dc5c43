package org.mizani.assessment;

import java.util.List;
import java.util.UUID;

import org.mizani.identity.UserDirectory.Contact;

/**
 * An institution's assessment: its ICT officers and head fill it with evidence, the head submits it,
 * the authority reviews and accepts or returns it. Another institution's assessment is "not found".
 */
public interface AssessmentManagement {

	/** Assessments of one institution, newest campaign first. */
	List<AssessmentView> ofInstitution(UUID institution);

	AssessmentView get(AssessmentId id);

	List<AreaProgress> areas(AssessmentId id);

	List<ResponseView> responses(AssessmentId id, ResponseFilter filter);

	ResponseView response(ResponseId id);

	/** Saves an answer if nobody saved another one since {@code form.version()}; else {@link ResponseConflictException}. */
	ResponseView save(ResponseId id, ResponseForm form);

	/** Sets one result on many responses of an assessment at once; returns how many changed. */
	int bulkSet(AssessmentId id, List<ResponseId> responses, Result result, String justification);

	/** What still stops the head from submitting (empty when nothing does). */
	List<String> missingForSubmission(AssessmentId id);

	AssessmentView submit(AssessmentId id, long expectedVersion);

	ResponseView review(ResponseId id, ReviewForm form);

	AssessmentView returnToInstitution(AssessmentId id, String comment);

	AssessmentView accept(AssessmentId id, String comment);

	/** The accepted score, or the provisional one computed from the answers so far. */
	Score score(AssessmentId id);

	/** The institution's accepted scores in campaigns of the same catalogue document, oldest first. */
	List<TrendPoint> trend(AssessmentId id);

	/** People of the institution who can be assigned a requirement. */
	List<Contact> assignees(AssessmentId id);

	/** The institution's ICT officers and heads, who may own its actions. */
	List<Contact> assigneesOf(java.util.UUID institution);

}
