package org.mizani.reporting;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.mizani.platform.Measure;

/**
 * A target of an objective and its indicator. A computed indicator names a measure ({@code measureCode})
 * and takes its unit; an indicator entered by hand leaves it empty and gives its unit. {@code yearly}
 * holds the target of each fiscal year of the plan that has one (by the year it starts).
 */
public record TargetForm(@NotBlank @Size(max = 20) @Pattern(regexp = "[\\p{Alnum}.\\-]*") String code,
		@NotBlank @Size(max = 500) @Pattern(regexp = "[^\\p{Cntrl}]*") String titleSw,
		@NotBlank @Size(max = 500) @Pattern(regexp = "[^\\p{Cntrl}]*") String titleEn,
		@NotBlank(message = "{plan.target.indicator-required}") @Size(max = 300) @Pattern(regexp = "[^\\p{Cntrl}]*") String indicatorSw,
		@NotBlank(message = "{plan.target.indicator-required}") @Size(max = 300) @Pattern(regexp = "[^\\p{Cntrl}]*") String indicatorEn,
		@Nullable @Size(max = 80) String measureCode, Measure.@Nullable Unit unit, @NotNull Direction direction,
		@Nullable @DecimalMin("0") @DecimalMax("999999999") BigDecimal baseline, @Nullable @Min(2000) @Max(2100) Integer baselineYear,
		@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*") String owner,
		@Size(max = 10) Map<Integer, @NotNull @DecimalMin("0") @DecimalMax("999999999") BigDecimal> yearly) {

	public TargetForm {
		yearly = yearly == null ? Map.of() : Map.copyOf(yearly);
	}

	public boolean computed() {
		return measureCode != null && !measureCode.isBlank();
	}

	/** Whether more of the indicator is better (trained institutions) or less (days to contain an incident). */
	public enum Direction {
		HIGHER_IS_BETTER, LOWER_IS_BETTER
	}
}
