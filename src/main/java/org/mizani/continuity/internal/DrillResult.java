package org.mizani.continuity.internal;

/**
 * Whether a drill met its plan's targets (ISO 22301, 8.5 exercising and testing; ISO/IEC 27031): the
 * service came back within the recovery time objective and lost no more data than the recovery point
 * objective allows. A drill that misses either target failed.
 */
final class DrillResult {

	private DrillResult() {
	}

	static boolean passed(int achievedRto, int achievedRpo, int rtoTarget, int rpoTarget) {
		return achievedRto <= rtoTarget && achievedRpo <= rpoTarget;
	}
}
