package org.mizani.audit;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Filters of the audit viewer; dates are inclusive days in the authority's time zone. */
public record AuditQuery(@Nullable String actor, @Nullable UUID institutionId, @Nullable String action,
		@Nullable LocalDate from, @Nullable LocalDate to) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null);
	}
}
