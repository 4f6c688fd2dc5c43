package org.mizani.training;

public enum SessionStatus {
	PLANNED, OPEN, RUNNING, COMPLETED, CANCELLED
}
