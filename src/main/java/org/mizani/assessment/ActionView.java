package org.mizani.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

/** A remediation action: a gap found in an accepted assessment, followed to closure. */
public record ActionView(ActionId id, UUID institutionId, String institutionAcronym, AssessmentId assessmentId,
		String campaignName, ResponseId responseId, String requirementCode, @Nullable String requirementTitleSw,
		String requirementTitleEn, @Nullable Result gap, String title, @Nullable String description,
		@Nullable UUID ownerId, @Nullable String ownerName, LocalDate dueDate, Priority priority, ActionStatus status,
		@Nullable String closureNote, @Nullable EvidenceId closureEvidenceId, @Nullable String closureFilename,
		@Nullable Instant verifiedAt, @Nullable String reopenReason, long version, Instant createdAt) {

	public boolean overdue(LocalDate today) {
		return status.pending() && today.isAfter(dueDate);
	}

	public String requirementTitle(Language language) {
		return language.pick(requirementTitleSw, requirementTitleEn);
	}
}
