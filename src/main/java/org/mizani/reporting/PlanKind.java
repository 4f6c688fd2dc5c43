package org.mizani.reporting;

/** Which plan it is: plans of the same kind may not overlap in time. */
public enum PlanKind {
	/** The Government's cyber-security strategic plan. */
	CYBER_SECURITY,
	/** The authority's own strategic plan. */
	AUTHORITY
}
