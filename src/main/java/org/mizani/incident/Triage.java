package org.mizani.incident;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The analyst's classification of an incident; triaging a reported incident moves it to TRIAGED. */
public record Triage(@NotBlank @Size(max = 60) String classCode, @NotBlank @Size(max = 60) String typeCode,
		@NotNull Severity severity, @NotNull Tlp tlp, @Nullable UUID assignee) {
}
