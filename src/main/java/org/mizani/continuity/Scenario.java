package org.mizani.continuity;

/** What a drill pretends has happened. */
public enum Scenario {
	DATA_CENTRE_LOSS, RANSOMWARE, DATABASE_CORRUPTION, NETWORK_OUTAGE, POWER_OUTAGE, KEY_STAFF_UNAVAILABLE, OTHER
}
