package org.mizani.incident;

import java.time.Instant;

/** How many incidents an institution had in a period, and how many of them were high or critical. */
public record IncidentCount(long total, long serious) {

	/** From (inclusive) to (exclusive). */
	public record Period(Instant from, Instant to) {
	}
}
