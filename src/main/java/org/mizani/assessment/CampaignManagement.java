package org.mizani.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;

/**
 * Campaigns, for the authority: compliance officers prepare, launch and follow them; other authority
 * staff read them.
 */
public interface CampaignManagement {

	List<CampaignView> campaigns();

	CampaignView get(CampaignId id);

	/** Freezes the requirements of the chosen published version into a draft campaign. */
	CampaignView create(CampaignForm form);

	CampaignView update(CampaignId id, CampaignForm form, long expectedVersion);

	/**
	 * Starts creating one assessment per institution in scope, in the background and all-or-nothing;
	 * a campaign is launched once. Returns the number of institutions in scope.
	 */
	int launch(CampaignId id);

	PageResult<CampaignRow> overview(CampaignId id, OverviewQuery query, Paging paging);

	Map<AssessmentStatus, Long> statusCounts(CampaignId id);

	/** E-mails the ICT officers and heads of every institution that has not submitted; returns how many institutions. */
	int remind(CampaignId id);

	void extendDeadline(AssessmentId assessment, LocalDate deadline);

	void close(CampaignId id);

	/** Every institution × response of the campaign as XLSX, written row by row. */
	void exportXlsx(CampaignId id, OutputStream out) throws IOException;
}
