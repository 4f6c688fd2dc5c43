package org.mizani.project;

import java.time.Instant;
import java.util.UUID;

public record ProjectFileView(UUID id, ProjectId projectId, FileKind kind, String filename, String mediaType, long size,
		String sha256, Instant uploadedAt) {
}
