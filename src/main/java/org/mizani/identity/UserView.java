package org.mizani.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

/** A user as the pages, the API and other modules see them (never secrets). */
public record UserView(UserId id, String email, String fullName, @Nullable String phone, @Nullable UUID institutionId,
		@Nullable String institutionAcronym, Set<Role> roles, Language preferredLanguage, boolean active,
		boolean locked, @Nullable Instant lockedUntil, boolean mfaEnabled, boolean passwordSet,
		@Nullable Instant lastSignInAt, long version, Instant createdAt) {
}
