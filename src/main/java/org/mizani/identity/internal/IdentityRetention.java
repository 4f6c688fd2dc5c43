package org.mizani.identity.internal;

import java.sql.Timestamp;
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
 * The account records that stop serving a purpose are removed once their retention has passed: reset
 * and invitation links used or expired ({@code mizani.retention.account-links}, 30 days after), API tokens
 * revoked or expired ({@code mizani.retention.api-tokens}, 90 days after, so their owner still sees them
 * listed for a while). Each removal is recorded in the audit trail with its count.
 */
@Component
class IdentityRetention implements RetentionSchedule {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Duration links;
	private final Duration tokens;

	IdentityRetention(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			@Value("${mizani.retention.account-links}") Duration links, @Value("${mizani.retention.api-tokens}") Duration tokens) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.links = links;
		this.tokens = tokens;
	}

	@Scheduled(cron = "${mizani.retention.cron}", zone = "${mizani.time-zone:Africa/Dar_es_Salaam}")
	@SchedulerLock(name = "identity.retention", lockAtMostFor = "PT30M")
	@Override
	@Transactional
	public long apply() {
		long removedLinks = jdbc.sql("delete from account_link where coalesce(used_at, expires_at) < :before")
			.param("before", before(links)).update();
		if (removedLinks > 0) {
			events.publishEvent(new RetentionApplied("account-links", removedLinks, removedLinks
					+ " password-reset and invitation links used or expired more than " + links.toDays() + " days ago removed",
					Actor.current()));
		}
		long removedTokens = jdbc.sql("delete from api_token where least(coalesce(revoked_at, expires_at), expires_at) < :before")
			.param("before", before(tokens)).update();
		if (removedTokens > 0) {
			events.publishEvent(new RetentionApplied("api-tokens", removedTokens, removedTokens
					+ " API tokens revoked or expired more than " + tokens.toDays() + " days ago removed", Actor.current()));
		}
		return removedLinks + removedTokens;
	}

	private Timestamp before(Duration retention) {
		return Timestamp.from(clock.instant().minus(retention));
	}
}
