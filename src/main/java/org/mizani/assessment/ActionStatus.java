package org.mizani.assessment;

public enum ActionStatus {
	OPEN, IN_PROGRESS, DONE, VERIFIED, REOPENED;

	/** Still work for the institution: counts as overdue after the due date. */
	public boolean pending() {
		return this == OPEN || this == IN_PROGRESS || this == REOPENED;
	}
}
