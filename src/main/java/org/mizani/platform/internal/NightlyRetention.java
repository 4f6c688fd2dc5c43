package org.mizani.platform.internal;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.mizani.platform.RetentionSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs every module's part of the retention schedule each night ({@code mizani.retention.cron}), on one
 * node at a time. Each part removes its records in a transaction of its own, so a part that fails leaves
 * the others to run.
 */
@Component
class NightlyRetention {

	private static final Logger log = LoggerFactory.getLogger(NightlyRetention.class);

	private final List<RetentionSchedule> schedules;

	NightlyRetention(List<RetentionSchedule> schedules) {
		this.schedules = schedules;
	}

	@Scheduled(cron = "${mizani.retention.cron}", zone = "${mizani.time-zone:Africa/Dar_es_Salaam}")
	@SchedulerLock(name = "platform.retention", lockAtMostFor = "PT1H")
	public void run() {
		for (RetentionSchedule schedule : schedules) {
			try {
				schedule.apply();
			}
			catch (RuntimeException e) {
				log.error("The retention of {} failed; the other parts still ran", schedule.getClass().getSimpleName(), e);
			}
		}
	}
}
