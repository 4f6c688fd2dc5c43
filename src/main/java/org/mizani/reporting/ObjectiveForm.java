package org.mizani.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An objective of a plan: a short code ({@code 1}, {@code 2.a}) and its title in both languages. */
public record ObjectiveForm(@NotBlank @Size(max = 20) @Pattern(regexp = "[\\p{Alnum}.\\-]*") String code,
		@NotBlank @Size(max = 500) @Pattern(regexp = "[^\\p{Cntrl}]*") String titleSw,
		@NotBlank @Size(max = 500) @Pattern(regexp = "[^\\p{Cntrl}]*") String titleEn) {
}
