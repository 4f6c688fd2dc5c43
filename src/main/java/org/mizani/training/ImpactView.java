package org.mizani.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What training changed: trained institutions' compliance scores (last accepted before the session,
 * first accepted after) and incidents (in equal windows before and after), side by side with
 * institutions the programme has not reached, over the same dates — per session, per phase and for the
 * programme. A comparison with fewer than {@code minSample} institutions on either side gives no
 * difference ("not enough data") rather than a misleading number.
 */
public record ImpactView(ProgrammeView programme, int windowDays, int minSample, Comparison overall, List<Group> phases,
		List<Group> sessions, List<InstitutionImpact> institutions) {

	/** Means before and after over the {@code n} institutions that have both. */
	public record Change(long n, @Nullable Double before, @Nullable Double after) {

		@JsonProperty
		public @Nullable Double delta() {
			return before == null || after == null ? null : after - before;
		}
	}

	public record Comparison(Change trainedScore, Change otherScore, Change trainedIncidents, Change otherIncidents, int minSample) {

		/** Difference in differences of the score; null when either side has too few institutions. */
		@JsonProperty
		public @Nullable Double scoreEffect() {
			return effect(trainedScore, otherScore);
		}

		/** Difference in differences of the incident count; null when either side has too few institutions. */
		@JsonProperty
		public @Nullable Double incidentEffect() {
			return effect(trainedIncidents, otherIncidents);
		}

		private @Nullable Double effect(Change trained, Change other) {
			if (trained.n() < minSample || other.n() < minSample || trained.delta() == null || other.delta() == null) {
				return null;
			}
			return trained.delta() - other.delta();
		}
	}

	public record Group(String key, @Nullable UUID sessionId, @Nullable LocalDate startsOn, Comparison comparison) {
	}

	public record InstitutionImpact(UUID institutionId, String acronym, String session, @Nullable BigDecimal scoreBefore,
			@Nullable BigDecimal scoreAfter, @Nullable Long incidentsBefore, @Nullable Long incidentsAfter) {
	}
}
