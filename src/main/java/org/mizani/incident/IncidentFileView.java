package org.mizani.incident;

import java.time.Instant;
import java.util.UUID;

public record IncidentFileView(UUID id, IncidentId incidentId, String sha256, String filename, String mediaType, long size,
		Instant uploadedAt) {
}
