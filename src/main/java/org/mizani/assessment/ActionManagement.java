package org.mizani.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;

/**
 * Remediation actions: the institution works them (open → in progress → done, with closure
 * evidence) and the authority verifies or reopens them.
 */
public interface ActionManagement {

	PageResult<ActionView> search(ActionQuery query, Paging paging);

	ActionView get(ActionId id);

	/** The matching actions the caller may see as a workbook, written row by row as the database streams them. */
	void exportXlsx(ActionQuery query, java.io.OutputStream out) throws java.io.IOException;

	/** Counts of the caller's actions (every institution's for the authority) by state, and how many are overdue. */
	ActionSummary summary();

	record ActionSummary(long pending, long overdue, long done, long verified) {
	}

	ActionView create(ResponseId gap, ActionForm form);

	/**
	 * An action for the institution from a finding of a follow-up visit after training (training
	 * coordinator or compliance officer); {@code note} names the visit. It is worked and verified like any other.
	 */
	ActionView createFromVisit(java.util.UUID institution, String note, ActionForm form);

	/** One action for every gap of an accepted assessment that has none yet; returns how many were created. */
	int createFromGaps(AssessmentId assessment, LocalDate dueDate, Priority priority);

	ActionView update(ActionId id, ActionForm form);

	ActionView start(ActionId id, long expectedVersion);

	ActionView complete(ActionId id, String note, @Nullable String filename, @Nullable InputStream evidence,
			long expectedVersion) throws IOException;

	ActionView verify(ActionId id, long expectedVersion);

	ActionView reopen(ActionId id, String reason, long expectedVersion);

	/** E-mails owners of actions due within the warning period or overdue, once each; returns how many mails. */
	int sendReminders();
}
