package org.mizani.incident.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportingClockTest {

	private final ReportingClock clock = ReportingClock.parse(ReportingClock.DEFAULT);

	private final Instant detected = ZonedDateTime.parse("2026-01-31T09:00:00+03:00").toInstant();

	@Test
	void byDefaultAnEarlyWarningIsDueIn24HoursANotificationIn72AndTheFinalReportAMonthAfterTheNotification() {
		// when nothing has been sent yet
		List<Instant> due = clock.due(detected, List.of());

		// then the final report counts from the notification's due time (31 January + 3 days = 3 February → 3 March)
		assertThat(due.get(0)).isEqualTo(detected.plus(Duration.ofHours(24)));
		assertThat(due.get(1)).isEqualTo(detected.plus(Duration.ofHours(72)));
		assertThat(due.get(2)).isEqualTo(ZonedDateTime.parse("2026-03-03T09:00:00+03:00").toInstant());
	}

	@Test
	void aStageCountedFromThePreviousOneMovesWhenThePreviousOneIsSent() {
		// given the notification sent early, 30 hours after detection
		Instant sent = detected.plus(Duration.ofHours(30));
		List<Instant> due = clock.due(detected, List.of(new ReportingClock.Progress("EARLY_WARNING", detected.plusSeconds(60)),
				new ReportingClock.Progress("NOTIFICATION", sent), new ReportingClock.Progress("FINAL_REPORT", null)));

		// then the final report is due a month after that sending, while stages counted from detection stay put
		assertThat(due.get(1)).isEqualTo(detected.plus(Duration.ofHours(72)));
		assertThat(due.get(2)).isEqualTo(ZonedDateTime.parse("2026-03-01T15:00:00+03:00").toInstant());
	}

	@Test
	void stagesAreConfigurable() {
		ReportingClock custom = ReportingClock.parse("INITIAL:PT6H:DETECTION, UPDATE:P2D:PREVIOUS");
		assertThat(custom.stages()).extracting(ReportingClock.Stage::code).containsExactly("INITIAL", "UPDATE");
		assertThat(custom.due(detected, List.of()).get(1)).isEqualTo(detected.plus(Duration.ofHours(6 + 48)));
	}

	@Test
	void aMalformedConfigurationIsRefusedAtStartUp() {
		assertThatThrownBy(() -> ReportingClock.parse("EARLY:24 hours:DETECTION")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ReportingClock.parse("FIRST:PT1H:PREVIOUS")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ReportingClock.parse("lower:PT1H:DETECTION")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ReportingClock.parse("A:PT1H:SOMETIME")).isInstanceOf(IllegalArgumentException.class);
	}
}
