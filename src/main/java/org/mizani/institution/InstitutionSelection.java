package org.mizani.institution;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A set of active institutions, as a campaign or a programme targets them: an explicit list when one
 * is given; otherwise every institution that matches all the criteria given (an empty criterion
 * matches all). {@code parent} takes the institutions under it, at any depth.
 */
public record InstitutionSelection(Set<InstitutionType> types, Set<String> sectors, Set<String> regions,
		@Nullable UUID parent, Set<UUID> institutions) {

	public InstitutionSelection {
		types = Set.copyOf(types);
		sectors = Set.copyOf(sectors);
		regions = Set.copyOf(regions);
		institutions = Set.copyOf(institutions);
	}

	public static InstitutionSelection everyone() {
		return new InstitutionSelection(Set.of(), Set.of(), Set.of(), null, Set.of());
	}

	public boolean explicit() {
		return !institutions.isEmpty();
	}
}
