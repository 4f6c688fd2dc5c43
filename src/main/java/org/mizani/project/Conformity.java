package org.mizani.project;

/** How a project meets one standards requirement, in the institution's own judgement. */
public enum Conformity {
	CONFORMS, PARTIALLY_CONFORMS, DOES_NOT_CONFORM, NOT_APPLICABLE
}
