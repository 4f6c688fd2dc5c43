package org.mizani.assessment;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record CampaignId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public CampaignId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static CampaignId of(String value) {
		return new CampaignId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
