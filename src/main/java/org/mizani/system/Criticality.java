package org.mizani.system;

/** How badly the institution's services suffer when the system stops; critical systems must have a DR plan. */
public enum Criticality {
	CRITICAL, HIGH, MEDIUM, LOW
}
