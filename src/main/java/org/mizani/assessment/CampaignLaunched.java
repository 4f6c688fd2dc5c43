package org.mizani.assessment;

import org.mizani.platform.Actor;
import org.mizani.platform.AuditableEvent;

/** A campaign's assessments were all created; their institutions are to be told. */
public record CampaignLaunched(CampaignId campaign, String name, int institutions, Actor actor) implements AuditableEvent {

	@Override
	public String action() {
		return "assessment.campaign.launched";
	}

	@Override
	public String entityType() {
		return "campaign";
	}

	@Override
	public String entityId() {
		return campaign.toString();
	}

	@Override
	public java.util.UUID affectedInstitution() {
		return null;
	}

	@Override
	public String summary() {
		return name + ": " + institutions + " institutions";
	}
}
