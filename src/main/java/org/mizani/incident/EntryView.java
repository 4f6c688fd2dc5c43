package org.mizani.incident;

import java.time.Instant;
import java.util.UUID;

/** A timeline entry, a comment or a recorded transition; internal ones are shown to the handlers only. */
public record EntryView(UUID id, Kind kind, String body, boolean internal, Instant occurredAt, UUID author,
		String authorName) {

	public enum Kind {
		TIMELINE, COMMENT, TRANSITION
	}
}
