package org.mizani.assessment.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.mizani.assessment.CampaignId;
import org.mizani.assessment.CampaignLaunched;
import org.mizani.institution.InstitutionType;
import org.mizani.platform.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates a campaign's assessments in the background. All of them are created in one transaction,
 * so a failure or a crash leaves none; progress is written beside it in short transactions of its
 * own, so the overview can show it while the work runs. A launch that stops reporting progress (its
 * node died) goes back to draft, to be launched again.
 */
@Component
class CampaignLauncher {

	private static final Logger log = LoggerFactory.getLogger(CampaignLauncher.class);
	private static final int BATCH = 50;

	private final Campaigns campaigns;
	private final TransactionTemplate work;
	private final TransactionTemplate progress;
	private final ApplicationEventPublisher events;
	private final Executor executor;
	private final JdbcClient jdbc;
	private final Duration stale;

	CampaignLauncher(Campaigns campaigns, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			JdbcClient jdbc, @Value("${mizani.assessment.launch-stale-after:PT2M}") Duration stale) {
		this.campaigns = campaigns;
		this.work = new TransactionTemplate(transactions);
		this.progress = new TransactionTemplate(transactions);
		this.progress.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.events = events;
		this.jdbc = jdbc;
		this.stale = stale;
		ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
		pool.setCorePoolSize(1);
		pool.setMaxPoolSize(1);
		pool.setThreadNamePrefix("campaign-launch-");
		pool.initialize();
		this.executor = pool;
	}

	/** Runs the launch once the transaction that claimed the campaign has committed. */
	void launchAfterCommit(UUID campaign, String name, LocalDate deadline, Map<UUID, InstitutionType> targets,
			Actor actor) {
		org.mizani.platform.Transactions.afterCommit(() -> executor.execute(() -> run(campaign, name, deadline, targets, actor)));
	}

	void run(UUID campaign, String name, LocalDate deadline, Map<UUID, InstitutionType> targets, Actor actor) {
		try {
			work.executeWithoutResult(status -> {
				List<UUID> ids = new ArrayList<>(targets.keySet());
				for (int from = 0; from < ids.size(); from += BATCH) {
					Map<UUID, InstitutionType> chunk = new LinkedHashMap<>();
					ids.subList(from, Math.min(ids.size(), from + BATCH)).forEach(id -> chunk.put(id, targets.get(id)));
					campaigns.createAssessments(campaign, deadline, chunk);
					int done = Math.min(ids.size(), from + BATCH);
					progress.executeWithoutResult(s -> campaigns.progress(campaign, done));
				}
				campaigns.launched(campaign);
				events.publishEvent(new CampaignLaunched(new CampaignId(campaign), name, ids.size(), actor));
			});
			log.info("Campaign {} launched for {} institutions", campaign, targets.size());
			refreshStatistics();
		}
		catch (RuntimeException e) {
			log.error("Launch of campaign {} failed; it is back to draft", campaign, e);
			progress.executeWithoutResult(s -> campaigns.launchFailed(campaign, e.getClass().getSimpleName()));
		}
	}

	/**
	 * A national launch adds hundreds of thousands of rows at once; until autovacuum notices, the
	 * planner would read the tables as small and scan them whole for every workspace page opened in
	 * the first minutes. Sampling them now (a fraction of a second) avoids that.
	 */
	private void refreshStatistics() {
		try {
			jdbc.sql("analyze assessment").update();
			jdbc.sql("analyze assessment_response").update();
		}
		catch (RuntimeException e) {
			log.warn("Could not refresh table statistics after a launch: {}", e.getMessage());
		}
	}

	/** Launches whose node stopped (no progress for a while) return to draft. */
	@Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT60S")
	@SchedulerLock(name = "assessment.campaign-launches", lockAtMostFor = "PT30M")
	void recoverInterrupted() {
		jdbc.sql("""
				update assessment_campaign set status = 'DRAFT', launch_done = 0, launch_error = 'interrupted',
				  version = version + 1
				where status = 'LAUNCHING' and updated_at < now() - cast(:stale as interval)
				""").param("stale", stale.toSeconds() + " seconds").update();
	}
}
