package org.mizani.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What every part of the retention schedule does: remove the records past their retention, and audit it. */
@Component
public class RecordRetention {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RecordRetention(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Runs {@code delete}, whose {@code :before} is now less {@code keep}, and records what it removed
	 * ({@link RetentionApplied}: the records' name, the count, and a summary ending in the days kept).
	 */
	public long remove(String records, String delete, Duration keep, String what) {
		long removed = jdbc.sql(delete).param("before", Timestamp.from(clock.instant().minus(keep))).update();
		if (removed > 0) {
			events.publishEvent(new RetentionApplied(records, removed, removed + " " + what + " more than " + keep.toDays()
					+ " days ago removed", Actor.current()));
		}
		return removed;
	}
}
