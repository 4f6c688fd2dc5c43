package org.mizani.assessment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One piece of evidence on a response: a stored file or a link. {@code id} is the attachment, {@code fileId} the file. */
public record EvidenceView(UUID id, @Nullable EvidenceId fileId, @Nullable String url, String title,
		@Nullable String filename, @Nullable String mediaType, long size, @Nullable String sha256, Instant addedAt) {

	public boolean link() {
		return url != null;
	}
}
