package org.mizani.reporting;

import java.util.UUID;

/** Everything about one institution on one page: for the authority any, for an institution its own. */
public interface InstitutionProfiles {

	ProfileView profile(UUID institution);
}
