package org.mizani.incident;

/** How many incidents an institution had in a period, and how many of them were high or critical. */
public record IncidentCount(long total, long serious) {
}
