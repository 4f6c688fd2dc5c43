package org.mizani.incident;

/** The handling lifecycle; REJECTED, DUPLICATE and MERGED end an incident without handling it. */
public enum IncidentStatus {
	REPORTED, TRIAGED, CONTAINED, ERADICATED, RECOVERED, CLOSED, REJECTED, DUPLICATE, MERGED;

	public boolean open() {
		return this == REPORTED || this == TRIAGED || this == CONTAINED || this == ERADICATED || this == RECOVERED;
	}
}
