package org.mizani.reporting.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.mizani.assessment.ActionManagement.ActionSummary;
import org.mizani.assessment.ComplianceScores.AcceptedAssessment;
import org.mizani.assessment.ComplianceScores.AreaTitle;
import org.mizani.continuity.Readiness;
import org.mizani.institution.InstitutionView;
import org.mizani.platform.SystemCaller;
import org.mizani.project.Portfolio;
import org.mizani.reporting.DashboardView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The figures behind the dashboard, read from every module at once and kept on this node, so that a
 * dashboard is put together in memory. A change anywhere (any audited event, after its transaction
 * commits) or an age above {@code maxAge} makes the snapshot stale: the next read still gets it and
 * starts one refresh in the background, so no reader waits for the aggregation; a refresh can also be
 * asked for and awaited. On other nodes a change shows after {@code maxAge} at the latest.
 */
final class DashboardSnapshots implements AutoCloseable {

	/** What the dashboard is computed from; everything but the compliance part is shown as is. */
	record Snapshot(Instant takenAt, List<AcceptedAssessment> accepted, Map<String, AreaTitle> areaTitles,
			List<InstitutionView> institutions, List<DashboardView.ProgrammeLine> training, DashboardView.Incidents incidents,
			Readiness.Coverage continuity, Portfolio projects, ActionSummary actions) {
	}

	private static final Logger log = LoggerFactory.getLogger(DashboardSnapshots.class);

	private final Supplier<Snapshot> loader;
	private final Duration maxAge;
	private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "dashboard-refresh");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicBoolean refreshing = new AtomicBoolean();
	private volatile @Nullable Snapshot current;
	private volatile boolean stale;

	DashboardSnapshots(Supplier<Snapshot> loader, Duration maxAge) {
		this.loader = loader;
		this.maxAge = maxAge;
	}

	/** The snapshot; read now (as the caller) if there is none yet, refreshed in the background if stale. */
	Snapshot current() {
		Snapshot snapshot = current;
		if (snapshot == null) {
			synchronized (this) {
				if (current == null) {
					current = loader.get();
				}
				return current;
			}
		}
		if (stale || snapshot.takenAt().plus(maxAge).isBefore(Instant.now())) {
			refreshInBackground();
		}
		return snapshot;
	}

	/** Reads the figures again now, as the caller, and waits for them. */
	void refreshNow() {
		stale = false;
		current = loader.get();
	}

	void markStale() {
		stale = true;
	}

	private void refreshInBackground() {
		if (!refreshing.compareAndSet(false, true)) {
			return;
		}
		stale = false;
		refresher.execute(() -> {
			try {
				SystemCaller.runAs("EXECUTIVE", () -> current = loader.get());
			}
			catch (RuntimeException e) {
				stale = true;
				log.warn("The dashboard could not be refreshed; the previous figures stay", e);
			}
			finally {
				refreshing.set(false);
			}
		});
	}

	@Override
	public void close() {
		refresher.shutdownNow();
	}
}
