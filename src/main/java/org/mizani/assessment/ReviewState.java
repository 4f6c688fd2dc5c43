package org.mizani.assessment;

/** The authority's decision on one response. */
public enum ReviewState {
	PENDING, ACCEPTED, OVERRIDDEN, MORE_EVIDENCE
}
