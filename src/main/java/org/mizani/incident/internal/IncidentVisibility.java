package org.mizani.incident.internal;

import java.util.Collection;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.incident.Tlp;
import org.mizani.platform.Caller;

/**
 * Who may see an incident (TLP 2.0, FIRST): the authority's security analysts see every incident; a
 * partner (the national CERT) sees only the incidents escalated to it; the reporting institution sees
 * its own, except that TLP:RED and TLP:AMBER+STRICT incidents are shown inside the institution only to
 * the reporter and the people named on the incident. Nobody else sees incidents one by one.
 */
record IncidentVisibility(Kind kind, @Nullable UUID institution, UUID user) {

	enum Kind {
		ANALYST, PARTNER, INSTITUTION, NONE
	}

	static IncidentVisibility of(Caller caller) {
		if (caller.hasRole("SECURITY_ANALYST")) {
			return new IncidentVisibility(Kind.ANALYST, null, caller.userId());
		}
		if (caller.hasRole("PARTNER") && caller.institutionId() != null) {
			return new IncidentVisibility(Kind.PARTNER, caller.institutionId(), caller.userId());
		}
		if (!caller.authority() && caller.institutionId() != null) {
			return new IncidentVisibility(Kind.INSTITUTION, caller.institutionId(), caller.userId());
		}
		return new IncidentVisibility(Kind.NONE, null, caller.userId());
	}

	boolean canSee(UUID incidentInstitution, Tlp tlp, UUID reporter, @Nullable UUID escalatedTo, Collection<UUID> named) {
		return switch (kind) {
			case ANALYST -> true;
			case PARTNER -> institution != null && institution.equals(escalatedTo);
			case INSTITUTION -> incidentInstitution.equals(institution)
					&& (!tlp.restricted() || reporter.equals(user) || named.contains(user));
			case NONE -> false;
		};
	}

	/** Analysts, and partners on what is escalated to them, handle the incident and read internal entries. */
	boolean handler() {
		return kind == Kind.ANALYST || kind == Kind.PARTNER;
	}
}
