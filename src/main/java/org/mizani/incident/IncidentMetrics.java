package org.mizani.incident;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Handling performance: mean hours to acknowledge (report → triage), to contain (detection → contained)
 * and to close (report → closed), and the share of reporting stages sent on time — overall and by a
 * dimension (category, severity, sector or month of detection).
 */
public record IncidentMetrics(Figures overall, Dimension dimension, List<Figures> rows) {

	public enum Dimension {
		CATEGORY, SEVERITY, SECTOR, MONTH
	}

	public record Figures(String key, long incidents, long open, @Nullable Double hoursToAcknowledge,
			@Nullable Double hoursToContain, @Nullable Double hoursToClose, long stagesDue, long stagesOnTime) {

		/** Share of due stages sent on time, 0–100, or null when none was due yet. */
		@com.fasterxml.jackson.annotation.JsonProperty("clockCompliance")
		public @Nullable Double clockCompliance() {
			return stagesDue == 0 ? null : 100.0 * stagesOnTime / stagesDue;
		}
	}
}
