package org.mizani.assessment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record ActionForm(@NotBlank @Size(max = 300) String title, @Nullable @Size(max = 5000) String description,
		@Nullable UUID ownerId, @NotNull LocalDate dueDate, @NotNull Priority priority, long version) {
}
