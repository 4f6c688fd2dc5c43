package org.mizani.assessment;

public enum Priority {
	HIGH, MEDIUM, LOW
}
