package org.mizani.training;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An officer nominated by their institution: a user of Mizani or a new participant. */
public record NominationForm(@NotBlank @Size(max = 200) String fullName, @NotBlank @Email @Size(max = 254) String email,
		@Nullable @Size(max = 200) String position) {
}
