package org.mizani.system;

import java.util.UUID;

/**
 * How complete one institution's register is: systems in use, how many are critical, how many critical
 * ones lack a disaster-recovery plan, and how many have no business owner. Retired systems are left out.
 */
public record RegisterCompleteness(UUID institutionId, String acronym, String nameEn, String nameSw, long systems,
		long critical, long criticalWithoutPlan, long withoutOwner) {

	public boolean empty() {
		return systems == 0;
	}
}
