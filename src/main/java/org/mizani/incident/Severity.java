package org.mizani.incident;

public enum Severity {
	LOW, MEDIUM, HIGH, CRITICAL
}
