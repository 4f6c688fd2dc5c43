package org.mizani.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The calendar date in the authority's time zone ({@code mizani.time-zone}, East Africa Time by
 * default): deadlines are whole days there, whatever the server's zone.
 */
@Component
public class Today {

	private final Clock clock;
	private final ZoneId zone;

	Today(Clock clock, @Value("${mizani.time-zone:Africa/Dar_es_Salaam}") String zone) {
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	public LocalDate date() {
		return LocalDate.now(clock.withZone(zone));
	}

	public ZoneId zone() {
		return zone;
	}
}
