package org.mizani.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

public record ProjectView(ProjectId id, UUID institutionId, String institutionAcronym, @Nullable String sector,
		String titleSw, String titleEn, String objectives, @Nullable String scope, @Nullable String benefits,
		@Nullable String services, BigDecimal budgetTzs, String fundingSource, LocalDate plannedStart,
		LocalDate plannedEnd, DeliveryModel deliveryModel, @Nullable String vendor, @Nullable String systems,
		UUID versionId, ProjectStatus status, int submissionCount, @Nullable Instant submittedAt,
		@Nullable LocalDate reviewDue, @Nullable Decision decision, @Nullable String decisionReasons,
		@Nullable Instant decidedAt, @Nullable String reference, @Nullable LocalDate goLiveAt, @Nullable Instant closedAt,
		@Nullable String pirBenefits, @Nullable String pirLessons, @Nullable Rag lastRag, long version) {

	public String title(Language language) {
		return language.pick(titleSw, titleEn);
	}

	/** Waiting for a decision past the review clock. */
	public boolean reviewOverdue(LocalDate today) {
		return status == ProjectStatus.SUBMITTED && reviewDue != null && today.isAfter(reviewDue);
	}

	/** Not live by its planned end. */
	public boolean late(LocalDate today) {
		return status.implementing() && status != ProjectStatus.LIVE && today.isAfter(plannedEnd);
	}

	public ProjectForm form() {
		return new ProjectForm(titleSw, titleEn, objectives, scope, benefits, services, budgetTzs, fundingSource, plannedStart,
				plannedEnd, deliveryModel, vendor, systems, versionId);
	}
}
