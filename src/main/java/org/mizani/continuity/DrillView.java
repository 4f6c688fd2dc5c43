package org.mizani.continuity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record DrillView(UUID id, UUID planId, UUID institutionId, String institutionAcronym, UUID systemId, String systemName,
		LocalDate heldOn, Scenario scenario, String participants, @Nullable String steps, int achievedRtoMinutes,
		int achievedRpoMinutes, int rtoTarget, int rpoTarget, boolean passed, @Nullable String notes, List<Action> actions) {

	public record Action(UUID id, String description, String owner, LocalDate dueOn, boolean done) {

		public boolean overdue(LocalDate today) {
			return !done && today.isAfter(dueOn);
		}
	}
}
