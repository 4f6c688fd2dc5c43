package org.mizani.system;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A system as the institution registers it; recovery targets are in minutes. */
public record SystemForm(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 5000) String purpose,
		@Nullable @Size(max = 200) String owningUnit, @Nullable @Size(max = 200) String businessOwner,
		@NotNull Criticality criticality, @NotNull Hosting hosting, @NotNull DataClassification dataClassification,
		@Nullable Boolean personalData, @Nullable @Size(max = 5000) String integrations, @Nullable @Size(max = 500) String publicUrl,
		@Nullable @Size(max = 500) String technologyStack, @Nullable @Size(max = 200) String vendor,
		@Nullable LocalDate goLiveDate, @NotNull SystemStatus status, @Nullable @Min(0) @Max(525600) Integer rtoMinutes,
		@Nullable @Min(0) @Max(525600) Integer rpoMinutes) {

	/** An unticked box sends nothing: no answer means "no personal data". */
	public SystemForm {
		personalData = personalData != null && personalData;
	}

	public static SystemForm blank() {
		return new SystemForm("", "", "", "", Criticality.MEDIUM, Hosting.GOVERNMENT_DATA_CENTRE, DataClassification.INTERNAL,
				false, "", "", "", "", null, SystemStatus.LIVE, null, null);
	}
}
