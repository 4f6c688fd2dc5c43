package org.mizani.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * Instants as people in Tanzania read them (East Africa Time), for pages ({@code ${times.text(x)}}) and
 * documents. The authority's clocks all run on one zone, so there is no per-user zone to pick.
 */
public final class LocalTimes {

	public static final ZoneId ZONE = ZoneId.of("Africa/Dar_es_Salaam");

	private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZONE);

	public static final LocalTimes INSTANCE = new LocalTimes();

	private LocalTimes() {
	}

	/** "2026-11-28 14:05", or an empty text for no time. */
	public String text(@Nullable Instant instant) {
		return instant == null ? "" : TEXT.format(instant);
	}

	/** The value of a {@code datetime-local} input. */
	public String input(@Nullable Instant instant) {
		return instant == null ? "" : INPUT.format(instant);
	}

	/** Whole hours between two instants, for durations such as "due in 5 h". */
	public long hoursBetween(Instant from, Instant to) {
		return java.time.Duration.between(from, to).toHours();
	}
}
