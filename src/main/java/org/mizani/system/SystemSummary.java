package org.mizani.system;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What other modules show of a system they refer to. */
public record SystemSummary(SystemId id, UUID institutionId, String name, Criticality criticality, SystemStatus status,
		@Nullable Integer rtoMinutes, @Nullable Integer rpoMinutes) {
}
