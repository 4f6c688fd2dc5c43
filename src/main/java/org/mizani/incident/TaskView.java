package org.mizani.incident;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record TaskView(UUID id, String title, @Nullable UUID owner, @Nullable String ownerName, @Nullable LocalDate dueOn,
		boolean done) {

	public boolean overdue(LocalDate today) {
		return !done && dueOn != null && today.isAfter(dueOn);
	}
}
