package org.mizani.project;

public enum ProjectStatus {
	DRAFT, SUBMITTED, RETURNED, APPROVED, APPROVED_WITH_CONDITIONS, REJECTED, LIVE, CLOSED;

	/** The institution may still change the proposal. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Approved and being built: implementation reports are due. */
	public boolean implementing() {
		return this == APPROVED || this == APPROVED_WITH_CONDITIONS || this == LIVE;
	}
}
