package org.mizani.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Accepted compliance scores as other modules read them (training impact, dashboards, strategic plan
 * indicators) and as the API offers them. Only accepted assessments count: a score is final once the
 * authority has reviewed it. Institution users see only their own institution.
 */
public interface ComplianceScores {

	/** The institution's accepted assessments, oldest first. */
	List<AcceptedAssessment> history(UUID institution);

	/** The title of each area code in the campaigns, the latest campaign's wording first. */
	Map<String, AreaTitle> areaTitles();

	/** Every accepted assessment the caller may see (the authority all, an institution its own), oldest first. */
	List<AcceptedAssessment> all();

	/** The latest accepted assessment of each institution, for one catalogue document (its code) or any. */
	List<AcceptedAssessment> latest(@Nullable String documentCode);

	/** The national compliance index: the mean of the latest accepted overall scores, and how many institutions it covers. */
	ComplianceIndex index(@Nullable String documentCode);

	record AcceptedAssessment(AssessmentId assessment, UUID institutionId, String institutionAcronym, CampaignId campaign,
			String campaignName, String documentCode, Instant acceptedAt, @Nullable BigDecimal overall,
			Map<String, BigDecimal> areas) {
	}

	record AreaTitle(String code, @Nullable String titleSw, String titleEn) {

		public String title(org.mizani.platform.Language language) {
			return language.pick(titleSw, titleEn);
		}
	}

	record ComplianceIndex(@Nullable BigDecimal index, int institutionsAssessed, int institutionsActive) {
	}
}
