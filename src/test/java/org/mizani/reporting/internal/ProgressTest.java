package org.mizani.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.mizani.platform.Measure;
import org.mizani.platform.Measure.Figure;
import org.mizani.reporting.PlanProgressView.Status;
import org.mizani.reporting.PlanProgressView.Year;
import org.mizani.reporting.TargetForm.Direction;

/** How a target's year is judged: thresholds, a year under way, less-is-better, and years without figures. */
class ProgressTest {

	private static final LocalDate AFTER_THE_YEAR = LocalDate.of(2023, 1, 1);

	private static Year judge(LocalDate asOf, int onTrack, int atRisk, String target, String actual, Measure.Unit unit,
			Direction direction) {
		return new Progress(asOf, onTrack, atRisk).judge(2021, new BigDecimal(target),
				actual == null ? null : new Figure(new BigDecimal(actual), null, null), unit, direction);
	}

	@Test
	void theThresholdsAreInclusiveAndConfigurable() {
		assertThat(judge(AFTER_THE_YEAR, 90, 70, "200", "180", Measure.Unit.COUNT, Direction.HIGHER_IS_BETTER).status())
			.isEqualTo(Status.ON_TRACK);
		assertThat(judge(AFTER_THE_YEAR, 90, 70, "200", "179", Measure.Unit.COUNT, Direction.HIGHER_IS_BETTER).status())
			.isEqualTo(Status.AT_RISK);
		assertThat(judge(AFTER_THE_YEAR, 90, 70, "200", "140", Measure.Unit.COUNT, Direction.HIGHER_IS_BETTER).status())
			.isEqualTo(Status.AT_RISK);
		assertThat(judge(AFTER_THE_YEAR, 90, 70, "200", "139", Measure.Unit.COUNT, Direction.HIGHER_IS_BETTER).status())
			.isEqualTo(Status.OFF_TRACK);
		assertThat(judge(AFTER_THE_YEAR, 100, 50, "200", "199", Measure.Unit.COUNT, Direction.HIGHER_IS_BETTER).status())
			.as("stricter thresholds").isEqualTo(Status.AT_RISK);
		assertThat(judge(AFTER_THE_YEAR, 100, 50, "80", "40", Measure.Unit.PERCENT, Direction.HIGHER_IS_BETTER).status())
			.isEqualTo(Status.AT_RISK);
	}

	@Test
	void aCountInAYearUnderWayIsHeldAgainstThePartTheDaysGoneShouldHaveReached() {
		// 1 July 2021 to 31 December 2021 is 184 of the year's 365 days
		Year half = judge(LocalDate.of(2021, 12, 31), 90, 70, "200", "95", Measure.Unit.COUNT, Direction.HIGHER_IS_BETTER);
		assertThat(half.partial()).isTrue();
		assertThat(half.expected()).isEqualByComparingTo("100.8");
		assertThat(half.status()).isEqualTo(Status.ON_TRACK);
		Year share = judge(LocalDate.of(2021, 12, 31), 90, 70, "80", "60", Measure.Unit.PERCENT, Direction.HIGHER_IS_BETTER);
		assertThat(share.expected()).as("a share is expected in full at any time").isEqualByComparingTo("80");
		assertThat(share.status()).isEqualTo(Status.AT_RISK);
		Year done = judge(LocalDate.of(2022, 6, 30), 90, 70, "200", "95", Measure.Unit.COUNT, Direction.HIGHER_IS_BETTER);
		assertThat(done.partial()).as("the last day completes the year").isFalse();
		assertThat(done.status()).isEqualTo(Status.OFF_TRACK);
	}

	@Test
	void whenLessIsBetterMeetingOrBeatingTheTargetIsOnTrack() {
		assertThat(judge(AFTER_THE_YEAR, 90, 70, "7", "6", Measure.Unit.COUNT, Direction.LOWER_IS_BETTER).status())
			.isEqualTo(Status.ON_TRACK);
		assertThat(judge(AFTER_THE_YEAR, 90, 70, "5", "5.5", Measure.Unit.COUNT, Direction.LOWER_IS_BETTER).status())
			.as("5 / 5.5 = 91 %").isEqualTo(Status.ON_TRACK);
		assertThat(judge(AFTER_THE_YEAR, 90, 70, "5", "6.5", Measure.Unit.COUNT, Direction.LOWER_IS_BETTER).status())
			.as("5 / 6.5 = 77 %").isEqualTo(Status.AT_RISK);
		assertThat(judge(AFTER_THE_YEAR, 90, 70, "0", "1", Measure.Unit.COUNT, Direction.LOWER_IS_BETTER).status())
			.isEqualTo(Status.OFF_TRACK);
		assertThat(judge(AFTER_THE_YEAR, 90, 70, "0", "0", Measure.Unit.COUNT, Direction.LOWER_IS_BETTER).status())
			.isEqualTo(Status.ON_TRACK);
	}

	@Test
	void yearsWithoutAFigureOrATargetAreSaidToBeSoNeverJudged() {
		Progress progress = new Progress(LocalDate.of(2021, 6, 30), 90, 70);
		assertThat(progress.started(2021)).isFalse();
		assertThat(progress.notStarted(2021, BigDecimal.TEN).status()).isEqualTo(Status.NOT_STARTED);
		Progress later = new Progress(AFTER_THE_YEAR, 90, 70);
		Year none = later.judge(2021, BigDecimal.TEN, null, Measure.Unit.COUNT, Direction.HIGHER_IS_BETTER);
		assertThat(none.status()).isEqualTo(Status.NO_DATA);
		assertThat(none.actual()).isNull();
		Year emptyShare = later.judge(2021, BigDecimal.TEN, Figure.ofShare(0, 0), Measure.Unit.PERCENT, Direction.HIGHER_IS_BETTER);
		assertThat(emptyShare.status()).as("a share of nothing is no figure, not zero").isEqualTo(Status.NO_DATA);
		Year untargeted = later.judge(2021, null, Figure.ofCount(4), Measure.Unit.COUNT, Direction.HIGHER_IS_BETTER);
		assertThat(untargeted.status()).isEqualTo(Status.NO_TARGET);
		assertThat(untargeted.actual()).isEqualByComparingTo("4");
		Year gone = later.unavailable(2021, BigDecimal.TEN);
		assertThat(gone.status()).isEqualTo(Status.MEASURE_UNAVAILABLE);
		assertThat(gone.actual()).isNull();
	}

	@Test
	void theFigureOfAYearUnderWayCoversItUpToAndIncludingTheDayOfTheView() {
		Progress progress = new Progress(LocalDate.of(2021, 12, 31), 90, 70);
		assertThat(progress.period(2021)).isEqualTo(new Measure.Period(LocalDate.of(2021, 7, 1), LocalDate.of(2022, 1, 1)));
		assertThat(progress.period(2020)).isEqualTo(Measure.Period.fiscalYear(2020));
	}
}
