package org.mizani.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;
import org.mizani.platform.Measure;
import org.mizani.reporting.TargetForm.Direction;

/** A plan as it stood on {@code asOf}: its objectives, their targets and, per fiscal year, target against actual. */
public record PlanProgressView(UUID id, PlanKind kind, String titleSw, String titleEn, int firstYear, int lastYear,
		int onTrackPercent, int atRiskPercent, LocalDate asOf, List<Objective> objectives) {

	public String title(Language language) {
		return language.pick(titleSw, titleEn);
	}

	public String period() {
		return FiscalYears.label(firstYear) + " – " + FiscalYears.label(lastYear).substring(3);
	}

	/** {@code FY 2021/22} for {@code 2021}. */
	public String label(int fiscalYear) {
		return FiscalYears.label(fiscalYear);
	}

	public List<Integer> years() {
		return java.util.stream.IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
	}

	public List<Target> targets() {
		return objectives.stream().flatMap(o -> o.targets().stream()).toList();
	}

	public record Objective(UUID id, String code, String titleSw, String titleEn, List<Target> targets) {

		public String title(Language language) {
			return language.pick(titleSw, titleEn);
		}
	}

	/**
	 * A target and its indicator. {@code measureCode} is empty for an indicator entered by hand; a
	 * computed indicator whose measure no longer exists has {@code measureAvailable} false, and its years
	 * say so rather than show a zero.
	 */
	public record Target(UUID id, String code, String titleSw, String titleEn, String indicatorSw, String indicatorEn,
			Measure.Unit unit, Direction direction, @Nullable String measureCode, boolean measureAvailable,
			@Nullable BigDecimal baseline, @Nullable Integer baselineYear, String owner, long version, List<Year> years) {

		public String title(Language language) {
			return language.pick(titleSw, titleEn);
		}

		public String indicator(Language language) {
			return language.pick(indicatorSw, indicatorEn);
		}

		public boolean computed() {
			return measureCode != null;
		}

		public @Nullable Year year(int fiscalYear) {
			return years.stream().filter(y -> y.fiscalYear() == fiscalYear).findFirst().orElse(null);
		}

		/** The latest year that has an actual, for the one-line summary of the tree. */
		public @Nullable Year latest() {
			Year latest = null;
			for (Year year : years) {
				if (year.actual() != null || year.status() == Status.MEASURE_UNAVAILABLE) {
					latest = year;
				}
			}
			return latest;
		}
	}

	/**
	 * One fiscal year of a target. {@code partial} when the year was still running on the day of the
	 * view; then {@code expected} is the share of a count target that the days gone should have reached
	 * (the full target for shares and scores). {@code count} of {@code of} are the figures a share comes from.
	 */
	public record Year(int fiscalYear, @Nullable BigDecimal target, @Nullable BigDecimal expected, @Nullable BigDecimal actual,
			@Nullable Long count, @Nullable Long of, boolean partial, Status status) {

		public String label() {
			return FiscalYears.label(fiscalYear);
		}

		/** Actual as a per cent of what was expected, for the bar of the chart (capped at 100). */
		public int percentOfExpected() {
			if (actual == null || expected == null || expected.signum() == 0) {
				return 0;
			}
			return Math.min(100, actual.multiply(BigDecimal.valueOf(100)).divide(expected, 0, java.math.RoundingMode.HALF_UP).intValue());
		}
	}

	public enum Status {
		ON_TRACK, AT_RISK, OFF_TRACK,
		/** The year has an actual but no target to hold it against. */
		NO_TARGET,
		/** The year has begun but has no value yet (indicator entered by hand, not entered). */
		NO_DATA,
		/** The year has not begun. */
		NOT_STARTED,
		/** The indicator's measure is no longer offered by any module. */
		MEASURE_UNAVAILABLE;

		public boolean judged() {
			return this == ON_TRACK || this == AT_RISK || this == OFF_TRACK;
		}
	}
}
