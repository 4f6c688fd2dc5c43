package org.mizani.training;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A follow-up visit by the authority to a trained institution: when, who, what was found, and a rating from 1 to 5. */
public record VisitForm(@NotNull UUID institutionId, @NotNull LocalDate visitedOn, @NotBlank @Size(max = 500) String visitors,
		@NotBlank @Size(max = 10000) String findings, @NotNull @Min(1) @Max(5) Integer rating) {
}
