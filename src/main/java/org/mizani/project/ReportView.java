package org.mizani.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record ReportView(UUID id, String period, int percentComplete, Rag rag, @Nullable String ragReason,
		BigDecimal spendTzs, @Nullable String risks, List<ReportForm.Milestone> milestones, Instant submittedAt) {
}
