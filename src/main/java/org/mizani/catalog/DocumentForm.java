package org.mizani.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new catalogue document and the label of its first (draft) version. */
public record DocumentForm(
		@NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.size.max}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/._-]*", message = "{catalog.validation.code}") String code,
		@NotNull(message = "{validation.required}") DocumentKind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size.max}") @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{validation.text}") String titleSw,
		@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size.max}") @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{validation.text}") String titleEn,
		@Nullable @Size(max = 200, message = "{validation.size.max}") @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{validation.text}") String issuingBody,
		@Nullable @Size(max = 5000, message = "{validation.size.max}") String description,
		@NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.size.max}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{catalog.validation.label}") String versionLabel) {
}
