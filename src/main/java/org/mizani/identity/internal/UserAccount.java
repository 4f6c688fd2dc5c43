package org.mizani.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.identity.Role;
import org.mizani.platform.Language;

/** A row of {@code app_user}, secrets included: never leaves this package. */
record UserAccount(UUID id, String email, String fullName, @Nullable String phone, @Nullable UUID institutionId,
		Set<Role> roles, Language preferredLanguage, boolean active, @Nullable String passwordHash,
		int failedAttempts, @Nullable Instant lockedUntil, @Nullable String mfaSecret, boolean mfaEnabled,
		@Nullable Long mfaLastStep, @Nullable Instant lastSignInAt, long version, Instant createdAt) {

	boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	boolean authoritySide() {
		return roles.stream().anyMatch(r -> r.side() == Role.Side.AUTHORITY);
	}

	static Set<Role> roles(String[] codes) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String code : codes) {
			roles.add(Role.valueOf(code));
		}
		return roles;
	}
}
