package org.mizani.training.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.mizani.platform.FileStore;
import org.mizani.platform.Language;
import org.mizani.training.CertificateBundleView;
import org.mizani.training.ParticipantView;
import org.mizani.training.ProgrammeView;
import org.mizani.training.SessionView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Renders a session's certificates into one ZIP in the background: PDFs are rendered by a few threads
 * in parallel and written in order; progress is written to the bundle's row as it goes, so the session
 * page can show it; the ZIP is kept in the file store. A bundle whose node stopped reporting progress
 * is marked failed, to be asked for again.
 */
@Component
class CertificateBundles implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CertificateBundles.class);
	private static final long MAX_ZIP_BYTES = 4L * 1024 * 1024 * 1024;

	private final JdbcClient jdbc;
	private final Certificates certificates;
	private final FileStore files;
	private final Duration stale;
	private final int threads;
	private final ExecutorService jobs = Executors.newSingleThreadExecutor(r -> new Thread(r, "certificate-bundle"));
	private final ExecutorService renderers;

	CertificateBundles(JdbcClient jdbc, Certificates certificates, FileStore files,
			@Value("${mizani.training.certificate-threads:0}") int threads,
			@Value("${mizani.training.bundle-stale-after:PT2M}") Duration stale) {
		this.jdbc = jdbc;
		this.certificates = certificates;
		this.files = files;
		this.stale = stale;
		this.threads = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
		this.renderers = Executors.newFixedThreadPool(this.threads, r -> {
			Thread t = new Thread(r, "certificate-render");
			t.setDaemon(true);
			return t;
		});
	}

	Optional<CertificateBundleView> find(UUID id) {
		return jdbc.sql("select * from training_certificate_bundle where id = :id").param("id", id).query(this::row).optional();
	}

	Optional<CertificateBundleView> latest(UUID session) {
		return jdbc.sql("select * from training_certificate_bundle where session_id = :s order by created_at desc limit 1")
			.param("s", session).query(this::row).optional();
	}

	/** The bundle of this session and language being rendered, if any: asking twice does not render twice. */
	Optional<CertificateBundleView> running(UUID session, Language language) {
		return jdbc.sql("""
				select * from training_certificate_bundle where session_id = :s and language = :l and status = 'RUNNING'
				order by created_at desc limit 1""").param("s", session).param("l", language.code()).query(this::row).optional();
	}

	/** Records the bundle and renders it once the current transaction has committed. */
	UUID start(SessionView session, ProgrammeView programme, List<ParticipantView> holders, Language language, UUID by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into training_certificate_bundle (id, session_id, language, status, total, requested_by)
				values (:id, :s, :l, 'RUNNING', :total, :by)""").param("id", id).param("s", session.id())
			.param("l", language.code()).param("total", holders.size()).param("by", by).update();
		Runnable job = () -> jobs.execute(() -> render(id, session, programme, holders, language));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					job.run();
				}
			});
		}
		else {
			job.run();
		}
		return id;
	}

	InputStream open(CertificateBundleView bundle) throws IOException {
		String sha256 = jdbc.sql("select sha256 from training_certificate_bundle where id = :id").param("id", bundle.id())
			.query(String.class).single();
		return files.open(sha256);
	}

	void render(UUID id, SessionView session, ProgrammeView programme, List<ParticipantView> holders, Language language) {
		Path zip = null;
		try {
			zip = Files.createTempFile("certificates-", ".zip");
			try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
				Set<String> names = new HashSet<>();
				int window = threads * 4;
				long reported = System.nanoTime();
				for (int from = 0; from < holders.size(); from += window) {
					List<Future<byte[]>> pdfs = new ArrayList<>();
					List<ParticipantView> chunk = holders.subList(from, Math.min(holders.size(), from + window));
					for (ParticipantView p : chunk) {
						pdfs.add(renderers.submit(() -> certificates.pdf(p, session, programme, language)));
					}
					for (int i = 0; i < chunk.size(); i++) {
						entries.putNextEntry(new ZipEntry(entryName(chunk.get(i), names)));
						entries.write(pdfs.get(i).get());
						entries.closeEntry();
					}
					int done = from + chunk.size();
					if (System.nanoTime() - reported > 300_000_000L || done == holders.size()) {
						jdbc.sql("update training_certificate_bundle set done = :d, updated_at = now() where id = :id")
							.param("d", done).param("id", id).update();
						reported = System.nanoTime();
					}
				}
			}
			FileStore.StoredFile stored;
			try (InputStream in = Files.newInputStream(zip)) {
				stored = files.store(in, MAX_ZIP_BYTES);
			}
			jdbc.sql("""
					update training_certificate_bundle set status = 'DONE', done = total, sha256 = :h, size = :size,
					  updated_at = now(), finished_at = now()
					where id = :id""").param("h", stored.sha256()).param("size", stored.size()).param("id", id).update();
			log.info("Certificate bundle {} of session {}: {} certificates", id, session.id(), holders.size());
		}
		catch (IOException | ExecutionException | RuntimeException e) {
			log.error("Certificate bundle {} failed", id, e);
			failed(id, e.getClass().getSimpleName());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			failed(id, "interrupted");
		}
		finally {
			if (zip != null) {
				try {
					Files.deleteIfExists(zip);
				}
				catch (IOException e) {
					log.warn("Could not remove {}", zip);
				}
			}
		}
	}

	private void failed(UUID id, String error) {
		jdbc.sql("update training_certificate_bundle set status = 'FAILED', error = :e, updated_at = now(), finished_at = now() where id = :id")
			.param("e", error).param("id", id).update();
	}

	/** "INSTITUTION-Full-Name.pdf", only letters, digits and dashes, unique within the ZIP. */
	static String entryName(ParticipantView p, Set<String> taken) {
		String base = (p.institutionAcronym() + "-" + p.fullName()).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
		base = base.length() > 80 ? base.substring(0, 80) : base;
		String name = base + ".pdf";
		for (int n = 2; !taken.add(name); n++) {
			name = base + "-" + n + ".pdf";
		}
		return name;
	}

	/** Bundles whose node stopped (no progress for a while) are marked failed, to be asked for again. */
	@Scheduled(initialDelayString = "PT45S", fixedDelayString = "PT60S")
	@SchedulerLock(name = "training.certificate-bundles", lockAtMostFor = "PT15M")
	void recoverInterrupted() {
		jdbc.sql("""
				update training_certificate_bundle set status = 'FAILED', error = 'interrupted', finished_at = now()
				where status = 'RUNNING' and updated_at < now() - cast(:stale as interval)
				""").param("stale", stale.toSeconds() + " seconds").update();
	}

	private CertificateBundleView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new CertificateBundleView(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
				Language.fromCode(rs.getString("language")), CertificateBundleView.Status.valueOf(rs.getString("status")),
				rs.getInt("total"), rs.getInt("done"), rs.getObject("size", Long.class), rs.getString("error"),
				rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant());
	}

	@Override
	public void destroy() {
		jobs.shutdownNow();
		renderers.shutdownNow();
	}
}
