package org.mizani.assessment;

import java.time.Instant;
import java.util.UUID;

/** A file an institution uploaded as evidence; reusable on any of its responses. */
public record EvidenceFileView(EvidenceId id, UUID institutionId, String filename, String mediaType, long size,
		String sha256, Instant uploadedAt) {
}
