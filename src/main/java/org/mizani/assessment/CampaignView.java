package org.mizani.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.institution.InstitutionType;
import org.mizani.platform.Language;

public record CampaignView(CampaignId id, String name, UUID documentId, UUID versionId, String documentCode,
		String documentTitleSw, String documentTitleEn, String versionLabel, Set<InstitutionType> types,
		List<String> sectors, List<String> regions, @Nullable UUID parentId, List<UUID> institutions,
		LocalDate opensOn, LocalDate deadline, @Nullable String instructionsSw, @Nullable String instructionsEn,
		LateRule lateRule, CampaignStatus status, int launchTotal, int launchDone, @Nullable String launchError,
		@Nullable Instant launchedAt, int requirementCount, int assessmentCount, long version) {

	public String documentTitle(Language language) {
		return language.pick(documentTitleSw, documentTitleEn);
	}

	public String instructions(Language language) {
		return language.pick(instructionsSw, instructionsEn);
	}

	/** Share of institutions created so far by a running launch, 0–100. */
	public int launchPercent() {
		return launchTotal == 0 ? 0 : (int) (100L * launchDone / launchTotal);
	}

	public boolean draft() {
		return status == CampaignStatus.DRAFT;
	}
}
