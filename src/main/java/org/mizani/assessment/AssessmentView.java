package org.mizani.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

/** An institution's assessment in a campaign, with its progress. */
public record AssessmentView(AssessmentId id, CampaignId campaignId, String campaignName, UUID versionId,
		String documentCode, String documentTitleSw, String documentTitleEn, String versionLabel, UUID institutionId,
		String institutionAcronym, String institutionNameSw, String institutionNameEn, AssessmentStatus status,
		CampaignStatus campaignStatus, LocalDate deadline, LateRule lateRule, boolean late,
		@Nullable Instant submittedAt, @Nullable Instant returnedAt, @Nullable Instant acceptedAt,
		@Nullable String reviewComment, @Nullable BigDecimal score, @Nullable BigDecimal maturity, int answered,
		int total, @Nullable String instructionsSw, @Nullable String instructionsEn, long version) {

	public int completion() {
		return total == 0 ? 0 : (int) (100L * answered / total);
	}

	public String documentTitle(Language language) {
		return language.pick(documentTitleSw, documentTitleEn);
	}

	public String institutionName(Language language) {
		return language.pick(institutionNameSw, institutionNameEn);
	}

	public String instructions(Language language) {
		return language.pick(instructionsSw, instructionsEn);
	}

	/** After the end of the deadline day (in the authority's time zone, given as {@code today}). */
	public boolean pastDeadline(LocalDate today) {
		return today.isAfter(deadline);
	}

	/** Whether the institution may change answers today. */
	public boolean editable(LocalDate today) {
		return campaignStatus == CampaignStatus.OPEN && status.editableByInstitution()
				&& !(lateRule == LateRule.LOCKED && pastDeadline(today));
	}
}
