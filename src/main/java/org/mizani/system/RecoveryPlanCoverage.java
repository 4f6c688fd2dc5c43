package org.mizani.system;

import java.util.Set;
import java.util.UUID;

/**
 * Implemented by the module that keeps disaster-recovery plans, so that the register can count the
 * critical systems without one without depending on that module.
 */
public interface RecoveryPlanCoverage {

	/** The systems that have a disaster-recovery plan. */
	Set<UUID> systemsWithPlan();
}
