package org.mizani.platform.internal;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.mizani.platform.Actor;
import org.mizani.platform.RetentionApplied;
import org.mizani.platform.RetentionSchedule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivered events are kept in the publication registry only as long as they help an operator
 * ({@code mizani.retention.completed-events}, 30 days): their content (who did what, from where) is in
 * the audit trail for good. Events not yet delivered are never removed.
 */
@Component
class EventPublicationRetention implements RetentionSchedule {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Duration keep;

	EventPublicationRetention(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			@Value("${mizani.retention.completed-events}") Duration keep) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.keep = keep;
	}

	@Scheduled(cron = "${mizani.retention.cron}", zone = "${mizani.time-zone:Africa/Dar_es_Salaam}")
	@SchedulerLock(name = "platform.retention.events", lockAtMostFor = "PT30M")
	@Override
	@Transactional
	public long apply() {
		long removed = jdbc.sql("delete from event_publication where completion_date is not null and completion_date < :before")
			.param("before", java.sql.Timestamp.from(clock.instant().minus(keep))).update();
		if (removed > 0) {
			events.publishEvent(new RetentionApplied("delivered-events", removed,
					removed + " delivered event publications older than " + keep.toDays() + " days removed", Actor.current()));
		}
		return removed;
	}
}
