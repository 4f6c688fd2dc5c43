package org.mizani.assessment;

/** Where a remediation action comes from: a gap of an accepted assessment, or a finding of a follow-up visit after training. */
public enum ActionSource {
	ASSESSMENT, FOLLOW_UP_VISIT
}
