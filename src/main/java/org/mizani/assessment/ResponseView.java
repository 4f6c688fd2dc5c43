package org.mizani.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

/** One requirement of an assessment with the institution's answer, its evidence and the review. */
public record ResponseView(ResponseId id, AssessmentId assessmentId, UUID institutionId, UUID requirementId,
		String code, String displayCode, String areaCode, @Nullable String titleSw, String titleEn,
		@Nullable String statementSw, @Nullable String statementEn, BigDecimal weight, boolean mandatory,
		@Nullable Result result, @Nullable Integer maturity, @Nullable String notes, @Nullable String justification,
		@Nullable UUID assigneeId, @Nullable String assigneeName, @Nullable Instant answeredAt,
		ReviewState reviewState, @Nullable String reviewComment, @Nullable Result overrideResult,
		@Nullable String overrideReason, List<EvidenceView> evidence, long version) {

	/** The result that counts: the reviewer's override when there is one. */
	public @Nullable Result effectiveResult() {
		return overrideResult != null ? overrideResult : result;
	}

	public boolean answered() {
		return result != null;
	}

	public String title(Language language) {
		return language.pick(titleSw, titleEn);
	}

	public String statement(Language language) {
		return language.pick(statementSw, statementEn);
	}

	public ResponseView withEvidence(List<EvidenceView> evidence) {
		return new ResponseView(id, assessmentId, institutionId, requirementId, code, displayCode, areaCode, titleSw,
				titleEn, statementSw, statementEn, weight, mandatory, result, maturity, notes, justification, assigneeId,
				assigneeName, answeredAt, reviewState, reviewComment, overrideResult, overrideReason, evidence, version);
	}
}
