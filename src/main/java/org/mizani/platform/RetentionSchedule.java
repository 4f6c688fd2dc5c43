package org.mizani.platform;

/**
 * One part of the retention schedule: removes, every night, the records of its module whose retention
 * has passed, and records what it removed in the audit trail ({@link RetentionApplied}).
 */
public interface RetentionSchedule {

	/** Applies it now; returns how many records were removed. */
	long apply();
}
