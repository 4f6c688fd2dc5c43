package org.mizani.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** An institution's accepted scores in one campaign of a document, for the trend across cycles. */
public record TrendPoint(AssessmentId assessment, String campaignName, String versionLabel, Instant acceptedAt,
		@Nullable BigDecimal overall, Map<String, BigDecimal> areas) {
}
