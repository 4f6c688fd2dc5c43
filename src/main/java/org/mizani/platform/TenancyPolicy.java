package org.mizani.platform;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who may see an institution's records (DESIGN.md, "Tenancy and roles"): authority staff see every
 * institution; everyone else sees only their own institution's records, and never the
 * authority-wide records that belong to no institution.
 */
public final class TenancyPolicy {

	private TenancyPolicy() {
	}

	public static boolean canAccess(Caller caller, @Nullable UUID institution) {
		if (caller.authority()) {
			return true;
		}
		return institution != null && institution.equals(caller.institutionId());
	}
}
