package org.mizani.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

/**
 * What training changed: trained institutions' compliance scores (last accepted before the session,
 * first accepted after, overall and per area) and incidents (all, and high or critical, in equal windows
 * before and after), side by side with institutions the programme has not reached, over the same dates —
 * per session, per phase and for the programme — and, per trained institution, what its latest answered
 * follow-up says. A comparison with fewer than {@code minSample} institutions on either side gives no
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

		/** Difference in differences; null when either side has fewer than {@code minSample} institutions. */
		public static @Nullable Double effect(Change trained, Change other, int minSample) {
			if (trained.n() < minSample || other.n() < minSample || trained.delta() == null || other.delta() == null) {
				return null;
			}
			return trained.delta() - other.delta();
		}
	}

	/** One area of the catalogue: the trained institutions' change of its score against the others'. */
	public record AreaComparison(String area, @Nullable String titleSw, String titleEn, Change trained, Change other,
			int minSample) {

		public String title(Language language) {
			return language.pick(titleSw, titleEn);
		}

		@JsonProperty
		public @Nullable Double effect() {
			return Change.effect(trained, other, minSample);
		}
	}

	public record Comparison(Change trainedScore, Change otherScore, Change trainedIncidents, Change otherIncidents,
			Change trainedSerious, Change otherSerious, List<AreaComparison> areas, int minSample) {

		/** Difference in differences of the score; null when either side has too few institutions. */
		@JsonProperty
		public @Nullable Double scoreEffect() {
			return Change.effect(trainedScore, otherScore, minSample);
		}

		/** Difference in differences of the incident count; null when either side has too few institutions. */
		@JsonProperty
		public @Nullable Double incidentEffect() {
			return Change.effect(trainedIncidents, otherIncidents, minSample);
		}

		/** The same for high and critical incidents only. */
		@JsonProperty
		public @Nullable Double seriousEffect() {
			return Change.effect(trainedSerious, otherSerious, minSample);
		}
	}

	public record Group(String key, @Nullable UUID sessionId, @Nullable LocalDate startsOn, Comparison comparison) {
	}

	/** What the institution's latest answered follow-up after the session says. */
	public record FollowUpOutcome(int months, int practicesApplied, int solved, int partlySolved, int notSolved) {
	}

	public record InstitutionImpact(UUID institutionId, String acronym, String session, @Nullable BigDecimal scoreBefore,
			@Nullable BigDecimal scoreAfter, Map<String, BigDecimal> areasBefore, Map<String, BigDecimal> areasAfter,
			@Nullable Long incidentsBefore, @Nullable Long incidentsAfter, @Nullable Long seriousBefore,
			@Nullable Long seriousAfter, @Nullable FollowUpOutcome followUp) {
	}
}
