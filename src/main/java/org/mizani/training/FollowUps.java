package org.mizani.training;

import java.util.List;
import java.util.UUID;

/**
 * Follow-ups months after a session (scheduled when it is completed, at the programme's offsets, +3 and
 * +6 months by default) and the authority's visits. The trained institution answers its own; the
 * authority reads them all.
 */
public interface FollowUps {

	/** Follow-ups the caller may see: an institution its own, the authority all; of one programme when given. */
	List<FollowUpView> followUps(UUID programme);

	FollowUpView followUp(UUID id);

	FollowUpChoices choices(UUID programme);

	void answer(UUID followUp, FollowUpAnswers answers);

	FollowUpSummary summary(UUID programme);

	List<VisitView> visits(UUID programme);

	VisitView recordVisit(UUID programme, VisitForm form);

	/**
	 * Opens a remediation action for the visited institution from the visit's findings (the coordinator); the
	 * institution works it like any other action, and the visit lists it.
	 */
	VisitView openAction(UUID visit, org.mizani.assessment.ActionForm form);

	/** The programme a visit belongs to, for the authority; "not found" otherwise. */
	UUID visitProgramme(UUID visit);

	/** One institution's follow-ups across programmes, latest due first (its profile). */
	List<FollowUpView> followUpsOf(UUID institution);
}
