package org.mizani.training;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A programme as the coordinator plans it. {@code fiscalYear} is the year the fiscal year starts in
 * (2021 for FY 2021/22). {@code modules} is one module a line, "English title | Kiswahili title"; left
 * empty, the four areas of the founding scenario are used. {@code certificatePassMark}, when given, is
 * the post-test score (percent) a participant needs for a certificate, beside the attendance threshold.
 */
public record ProgrammeForm(@NotBlank @Size(max = 300) String titleSw, @NotBlank @Size(max = 300) String titleEn,
		@NotNull @Min(2000) @Max(2100) Integer fiscalYear, @NotNull @Min(1) @Max(100000) Integer targetInstitutions,
		@NotNull @Min(1) @Max(12) Integer phases, @Nullable @Size(max = 500) String coOrganisers,
		@Nullable @DecimalMin("0") @DecimalMax("10000000000000") BigDecimal budgetTzs, @Nullable @Size(max = 5000) String modules,
		@Nullable @Min(0) @Max(100) Integer certificatePassMark) {
}
