package org.mizani.training;

import java.util.List;

/**
 * Target against reached for a programme: per phase and overall, institutions and officers reached (a
 * participant who attended at least one day reaches their institution), by institution type and by
 * region, and how many active institutions were never trained in any programme.
 */
public record PlanProgress(ProgrammeView programme, List<Line> phases, Line overall, List<Line> byType, List<Line> byRegion,
		long neverTrained) {

	public record Line(String key, long sessions, long institutions, long officers) {
	}

	public double percentOfTarget() {
		return Math.min(100.0, 100.0 * overall.institutions() / programme.targetInstitutions());
	}
}
