package org.mizani.project;

public enum Decision {
	APPROVED, APPROVED_WITH_CONDITIONS, RETURNED, REJECTED
}
