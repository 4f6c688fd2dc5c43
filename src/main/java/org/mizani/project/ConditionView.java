package org.mizani.project;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A condition of an approval: open until the institution shows it is met, then verified by the reviewer. */
public record ConditionView(UUID id, String text, Status status, @Nullable String fulfilment,
		@Nullable Instant fulfilledAt, @Nullable Instant verifiedAt) {

	public enum Status {
		OPEN, FULFILLED, VERIFIED
	}
}
