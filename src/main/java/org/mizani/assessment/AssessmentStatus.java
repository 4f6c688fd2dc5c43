package org.mizani.assessment;

public enum AssessmentStatus {
	NOT_STARTED, IN_PROGRESS, SUBMITTED, UNDER_REVIEW, RETURNED, ACCEPTED;

	/** Whether the institution may still change its answers. */
	public boolean editableByInstitution() {
		return this == NOT_STARTED || this == IN_PROGRESS || this == RETURNED;
	}
}
