package org.mizani.training;

/** A participant on one day; present and late count as attended. */
public enum AttendanceMark {
	PRESENT, LATE, EXCUSED, ABSENT;

	public boolean attended() {
		return this == PRESENT || this == LATE;
	}
}
