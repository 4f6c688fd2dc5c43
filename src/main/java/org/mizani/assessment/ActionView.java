package org.mizani.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

/**
 * A remediation action followed to closure: a gap found in an accepted assessment (assessment, campaign and
 * requirement named), or a finding of a follow-up visit after training (no assessment; the note says which).
 */
public record ActionView(ActionId id, UUID institutionId, String institutionAcronym, @Nullable AssessmentId assessmentId,
		@Nullable String campaignName, @Nullable ResponseId responseId, @Nullable String requirementCode,
		@Nullable String requirementTitleSw, @Nullable String requirementTitleEn, @Nullable Result gap, ActionSource source,
		@Nullable String sourceNote, String title, @Nullable String description,
		@Nullable UUID ownerId, @Nullable String ownerName, LocalDate dueDate, Priority priority, ActionStatus status,
		@Nullable String closureNote, @Nullable EvidenceId closureEvidenceId, @Nullable String closureFilename,
		@Nullable Instant verifiedAt, @Nullable String reopenReason, long version, Instant createdAt) {

	public boolean overdue(LocalDate today) {
		return status.pending() && today.isAfter(dueDate);
	}

	public @Nullable String requirementTitle(Language language) {
		return requirementTitleEn == null ? null : language.pick(requirementTitleSw, requirementTitleEn);
	}
}
