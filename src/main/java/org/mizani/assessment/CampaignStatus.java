package org.mizani.assessment;

/** A campaign is prepared as a draft, launched once (a background job), then open until closed. */
public enum CampaignStatus {
	DRAFT, LAUNCHING, OPEN, CLOSED
}
