package org.mizani.training;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

/** All certificates of a session in one ZIP, rendered in the background: how far it is, and its file when done. */
public record CertificateBundleView(UUID id, UUID sessionId, Language language, Status status, int total, int done,
		@Nullable Long size, @Nullable String error, Instant createdAt, @Nullable Instant finishedAt) {

	public enum Status {
		RUNNING, DONE, FAILED
	}

	public int percent() {
		return total == 0 ? 100 : (int) (100L * done / total);
	}
}
