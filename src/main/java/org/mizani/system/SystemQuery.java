package org.mizani.system;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Filters of the register; {@code institution} is ignored for institution users (they see their own). */
public record SystemQuery(@Nullable UUID institution, @Nullable String text, @Nullable Criticality criticality,
		@Nullable Hosting hosting, @Nullable SystemStatus status, @Nullable Boolean personalData, @Nullable String sector,
		@Nullable String region) {

	public static SystemQuery all() {
		return new SystemQuery(null, null, null, null, null, null, null, null);
	}

	public static SystemQuery of(UUID institution) {
		return new SystemQuery(institution, null, null, null, null, null, null, null);
	}
}
