package org.mizani.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A personal API token as its owner sees it (never the secret); {@code state} is active, expired or revoked. */
public record ApiTokenView(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt, String state) {

	static String stateOf(@Nullable Instant revokedAt, Instant expiresAt, Instant now) {
		if (revokedAt != null) {
			return "revoked";
		}
		return expiresAt.isAfter(now) ? "active" : "expired";
	}
}
