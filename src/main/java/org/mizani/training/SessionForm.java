package org.mizani.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A session of a programme: one phase, a few days at one venue, with a capacity and a quota per institution. */
public record SessionForm(@NotNull UUID programmeId, @NotNull @Min(1) @Max(12) Integer phase,
		@NotBlank @Size(max = 300) String title, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
		@NotBlank @Size(max = 300) String venue, @NotBlank @Size(max = 120) String region,
		@NotNull @Min(1) @Max(5000) Integer capacity, @NotNull @Min(1) @Max(100) Integer quotaPerInstitution,
		@Nullable @Size(max = 1000) String trainers, @Nullable @Size(max = 20) List<String> modules,
		@Nullable @Size(max = 500) String coOrganisers) {

	public List<String> moduleCodes() {
		return modules == null ? List.of() : modules;
	}
}
