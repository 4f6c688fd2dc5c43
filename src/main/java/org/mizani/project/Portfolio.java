package org.mizani.project;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The pipeline at a glance for the projects a query selects. */
public record Portfolio(Map<ProjectStatus, Long> byStatus, BigDecimal totalBudgetTzs, long late, long red,
		long reviewOverdue, @Nullable Double averageReviewDays) {
}
