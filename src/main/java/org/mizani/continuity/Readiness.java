package org.mizani.continuity;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Continuity readiness of critical systems, per institution and in total: how many have a DR plan, a drill
 * in the last twelve months, and a last drill that met its targets; plans overdue for review; failed drills.
 */
public record Readiness(Coverage total, List<Coverage> institutions) {

	public record Coverage(@Nullable UUID institutionId, String acronym, long criticalSystems, long withPlan,
			long drilledInYear, long lastDrillMet, long reviewsOverdue, long failedDrills) {

		public @Nullable Double percent(long part) {
			return criticalSystems == 0 ? null : 100.0 * part / criticalSystems;
		}
	}
}
