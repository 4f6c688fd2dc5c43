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
}
