package org.mizani.reporting;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The value of an indicator entered by hand for a fiscal year, with the evidence it rests on. */
public record ValueForm(@NotNull @Min(2000) @Max(2100) Integer fiscalYear,
		@NotNull @DecimalMin("0") @DecimalMax("999999999") BigDecimal value, @NotBlank @Size(max = 4000) String evidence) {
}
