package org.mizani.reporting;

import org.jspecify.annotations.Nullable;
import org.mizani.institution.InstitutionType;

/**
 * Which institutions the compliance part of the dashboard covers (by type, sector and region), which
 * catalogue document its heatmap shows, and how the heatmap is sorted: by {@code acronym}, by
 * {@code overall}, or by an area code; {@code descending} turns the order round.
 */
public record DashboardFilter(@Nullable InstitutionType type, @Nullable String sector, @Nullable String region,
		@Nullable String document, @Nullable String sort, boolean descending) {

	public static DashboardFilter everyone() {
		return new DashboardFilter(null, null, null, null, null, false);
	}

	public boolean narrowed() {
		return type != null || sector != null || region != null;
	}
}
