package org.mizani.system;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record SystemView(SystemId id, UUID institutionId, String institutionAcronym, String name, String purpose,
		@Nullable String owningUnit, @Nullable String businessOwner, Criticality criticality, Hosting hosting,
		DataClassification dataClassification, boolean personalData, @Nullable String integrations,
		@Nullable String publicUrl, @Nullable String technologyStack, @Nullable String vendor, @Nullable LocalDate goLiveDate,
		SystemStatus status, @Nullable Integer rtoMinutes, @Nullable Integer rpoMinutes, Instant updatedAt, long version) {

	public SystemForm form() {
		return new SystemForm(name, purpose, owningUnit, businessOwner, criticality, hosting, dataClassification, personalData,
				integrations, publicUrl, technologyStack, vendor, goLiveDate, status, rtoMinutes, rpoMinutes);
	}

	/** A system nobody answers for: no business owner named. */
	public boolean ownerless() {
		return businessOwner == null || businessOwner.isBlank();
	}
}
