package org.mizani.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record SessionView(UUID id, UUID programmeId, int phase, String title, LocalDate startsOn, LocalDate endsOn,
		String venue, String region, int capacity, int quotaPerInstitution, @Nullable String trainers, List<String> modules,
		@Nullable String coOrganisers, SessionStatus status, long approved, long waiting, long version) {

	/** The days of the session, first to last. */
	public List<LocalDate> days() {
		return startsOn.datesUntil(endsOn.plusDays(1)).toList();
	}

	public SessionForm form() {
		return new SessionForm(programmeId, phase, title, startsOn, endsOn, venue, region, capacity, quotaPerInstitution, trainers,
				modules, coOrganisers);
	}
}
