package org.mizani.training;

public enum ParticipantStatus {
	NOMINATED, APPROVED, WAITLISTED, DECLINED, WITHDRAWN;

	/** Counts against the institution's quota. */
	public boolean holdsPlace() {
		return this == NOMINATED || this == APPROVED || this == WAITLISTED;
	}
}
