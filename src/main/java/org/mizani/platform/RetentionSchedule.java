package org.mizani.platform;

/**
 * One part of the retention schedule: removes the records of its module whose retention has passed,
 * and records what it removed in the audit trail ({@link RetentionApplied}). The platform runs every
 * part each night, one after another; a module takes part by declaring a bean of this type.
 */
public interface RetentionSchedule {

	/** Applies it now; returns how many records were removed. */
	long apply();
}
