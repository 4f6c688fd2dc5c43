package org.mizani.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Measure;
import org.mizani.platform.Measure.Figure;
import org.mizani.reporting.FiscalYears;
import org.mizani.reporting.PlanProgressView.Status;
import org.mizani.reporting.PlanProgressView.Year;
import org.mizani.reporting.TargetForm.Direction;

/**
 * How a target's year is judged. The actual is held against what was expected: the year's target, or
 * for a count in a year still running, the part of it that the days gone should have reached (a plan
 * of 200 trained institutions expects 100 by the end of December). More is better unless the target
 * says otherwise. On track at {@code onTrack} per cent of the expected or better, at risk from
 * {@code atRisk} per cent, off track below.
 */
final class Progress {

	private final LocalDate asOf;
	private final int onTrack;
	private final int atRisk;

	Progress(LocalDate asOf, int onTrack, int atRisk) {
		this.asOf = asOf;
		this.onTrack = onTrack;
		this.atRisk = atRisk;
	}

	/** Whether the fiscal year had begun on the day of the view. */
	boolean started(int fiscalYear) {
		return !FiscalYears.start(fiscalYear).isAfter(asOf);
	}

	/** The part of the fiscal year the view covers: all of it, or up to and including {@code asOf}. */
	Measure.Period period(int fiscalYear) {
		Measure.Period year = Measure.Period.fiscalYear(fiscalYear);
		LocalDate dayAfter = asOf.plusDays(1);
		return dayAfter.isBefore(year.until()) ? new Measure.Period(year.from(), dayAfter) : year;
	}

	Year notStarted(int fiscalYear, @Nullable BigDecimal target) {
		return new Year(fiscalYear, target, null, null, null, null, false, Status.NOT_STARTED);
	}

	Year unavailable(int fiscalYear, @Nullable BigDecimal target) {
		return new Year(fiscalYear, target, null, null, null, null, partial(fiscalYear), Status.MEASURE_UNAVAILABLE);
	}

	Year judge(int fiscalYear, @Nullable BigDecimal target, @Nullable Figure figure, Measure.Unit unit, Direction direction) {
		boolean partial = partial(fiscalYear);
		BigDecimal expected = target == null ? null : expected(fiscalYear, target, unit, direction, partial);
		BigDecimal actual = figure == null ? null : figure.value();
		Long count = figure == null ? null : figure.count();
		Long of = figure == null ? null : figure.of();
		Status status;
		if (actual == null) {
			status = Status.NO_DATA;
		}
		else if (expected == null) {
			status = Status.NO_TARGET;
		}
		else {
			status = status(ratio(actual, expected, direction));
		}
		return new Year(fiscalYear, target, expected, actual, count, of, partial, status);
	}

	private boolean partial(int fiscalYear) {
		return started(fiscalYear) && asOf.isBefore(FiscalYears.start(fiscalYear + 1).minusDays(1));
	}

	private BigDecimal expected(int fiscalYear, BigDecimal target, Measure.Unit unit, Direction direction, boolean partial) {
		if (!partial || unit != Measure.Unit.COUNT || direction != Direction.HIGHER_IS_BETTER) {
			return target;
		}
		LocalDate start = FiscalYears.start(fiscalYear);
		double gone = ChronoUnit.DAYS.between(start, asOf.plusDays(1));
		double all = ChronoUnit.DAYS.between(start, FiscalYears.start(fiscalYear + 1));
		return target.multiply(BigDecimal.valueOf(gone / all)).setScale(1, RoundingMode.HALF_UP);
	}

	/** Actual as a per cent of expected, turned round when less is better; nothing expected is met by anything. */
	static double ratio(BigDecimal actual, BigDecimal expected, Direction direction) {
		if (direction == Direction.HIGHER_IS_BETTER) {
			return expected.signum() == 0 ? 100 : actual.doubleValue() * 100 / expected.doubleValue();
		}
		if (actual.compareTo(expected) <= 0) {
			return 100;
		}
		return expected.doubleValue() * 100 / actual.doubleValue();
	}

	Status status(double percentOfExpected) {
		if (percentOfExpected >= onTrack) {
			return Status.ON_TRACK;
		}
		return percentOfExpected >= atRisk ? Status.AT_RISK : Status.OFF_TRACK;
	}
}
