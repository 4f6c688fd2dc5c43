package org.mizani.platform.internal;

import java.time.Duration;

import org.mizani.platform.RecordRetention;
import org.mizani.platform.RetentionSchedule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivered events are kept in the publication registry only as long as they help an operator
 * ({@code mizani.retention.completed-events}, 30 days): their content (who did what, from where) is in
 * the audit trail for good. Events not yet delivered are never removed.
 */
@Component
class EventPublicationRetention implements RetentionSchedule {

	private final RecordRetention retention;
	private final Duration keep;

	EventPublicationRetention(RecordRetention retention, @Value("${mizani.retention.completed-events}") Duration keep) {
		this.retention = retention;
		this.keep = keep;
	}

	@Override
	@Transactional
	public long apply() {
		return retention.remove("delivered-events",
				"delete from event_publication where completion_date is not null and completion_date < :before", keep,
				"event publications delivered");
	}
}
