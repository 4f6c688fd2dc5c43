package org.mizani.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One recorded change. {@code seq} orders the chain; {@code hash} covers every other field and {@code previousHash}. */
public record AuditEntry(long seq, UUID id, Instant occurredAt, @Nullable UUID actorId, String actorName,
		@Nullable UUID actorInstitutionId, String action, String entityType, String entityId,
		@Nullable UUID institutionId, @Nullable String requestId, @Nullable String clientAddress, String summary,
		String previousHash, String hash) {
}
