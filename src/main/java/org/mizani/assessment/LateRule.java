package org.mizani.assessment;

/** What happens to a submission after the deadline. */
public enum LateRule {
	/** Accepted and marked late. */
	ALLOWED_FLAGGED,
	/** The assessment becomes read-only at the end of the deadline day. */
	LOCKED
}
