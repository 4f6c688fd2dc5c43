package org.mizani.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A project as the institution writes it; the budget is in Tanzanian shillings. */
public record ProjectForm(@NotBlank @Size(max = 300) String titleSw, @NotBlank @Size(max = 300) String titleEn,
		@NotBlank @Size(max = 10000) String objectives, @Nullable @Size(max = 10000) String scope,
		@Nullable @Size(max = 10000) String benefits, @Nullable @Size(max = 5000) String services,
		@NotNull @DecimalMin(value = "1") @DecimalMax(value = "10000000000000") BigDecimal budgetTzs,
		@NotBlank @Size(max = 200) String fundingSource, @NotNull LocalDate plannedStart, @NotNull LocalDate plannedEnd,
		@NotNull DeliveryModel deliveryModel, @Nullable @Size(max = 200) String vendor,
		@Nullable @Size(max = 5000) String systems, @NotNull UUID versionId) {
}
