package org.mizani.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One institution's line in a campaign overview. */
public record CampaignRow(AssessmentId id, UUID institutionId, String institutionAcronym, String institutionNameSw,
		String institutionNameEn, AssessmentStatus status, LocalDate deadline, boolean late, int answered, int total,
		@Nullable BigDecimal score, @Nullable Instant submittedAt) {

	public int completion() {
		return total == 0 ? 0 : (int) (100L * answered / total);
	}
}
