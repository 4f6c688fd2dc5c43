package org.mizani.project;

import java.util.List;
import java.util.UUID;

import org.mizani.platform.Language;

/**
 * The authority's review of submitted projects: a note per questionnaire item, a reasoned decision with
 * a reference-numbered letter, and the conditions of an approval followed until verified. Reviewing and
 * deciding are for project reviewers; the institution shows its conditions fulfilled.
 */
public interface ProjectReview {

	void reviewItem(ProjectId id, UUID requirement, boolean ok, String comment);

	ProjectView decide(ProjectId id, Decision decision, String reasons, List<String> conditions);

	List<ConditionView> conditions(ProjectId id);

	void fulfil(ProjectId id, UUID condition, String evidence);

	void verifyCondition(ProjectId id, UUID condition);

	/** The decision letter as PDF, in the given language or (when none is given) the institution's. */
	byte[] letter(ProjectId id, @org.jspecify.annotations.Nullable Language language);
}
