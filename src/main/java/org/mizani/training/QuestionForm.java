package org.mizani.training;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A multiple-choice question in both languages; {@code correct} counts from 1. */
public record QuestionForm(@NotBlank @Size(max = 40) String moduleCode, @NotBlank @Size(max = 2000) String textSw,
		@NotBlank @Size(max = 2000) String textEn, @NotNull @Size(min = 2, max = 6) List<@NotBlank @Size(max = 500) String> optionsSw,
		@NotNull @Size(min = 2, max = 6) List<@NotBlank @Size(max = 500) String> optionsEn, @NotNull @Min(1) @Max(6) Integer correct) {
}
