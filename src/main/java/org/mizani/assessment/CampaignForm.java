package org.mizani.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.mizani.institution.InstitutionType;

/**
 * A campaign as the compliance officer writes it. The scope is an explicit list of institution
 * acronyms, or else the institutions matching every criterion given (types, sectors, regions, under a parent).
 */
public record CampaignForm(@NotBlank @Size(max = 200) String name, @NotNull UUID versionId,
		@Nullable Set<InstitutionType> types, @Nullable List<@Size(max = 100) String> sectors,
		@Nullable List<@Size(max = 100) String> regions, @Nullable UUID parentId,
		@Nullable @Size(max = 2000) List<@Size(max = 40) String> institutions, @NotNull LocalDate opensOn,
		@NotNull LocalDate deadline, @Nullable @Size(max = 5000) String instructionsSw,
		@Nullable @Size(max = 5000) String instructionsEn, @NotNull LateRule lateRule) {

	public static CampaignForm blank(LocalDate today) {
		return new CampaignForm("", null, Set.of(), List.of(), List.of(), null, List.of(), today, today.plusDays(30), "",
				"", LateRule.ALLOWED_FLAGGED);
	}
}
