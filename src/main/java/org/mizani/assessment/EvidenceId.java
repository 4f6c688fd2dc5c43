package org.mizani.assessment;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record EvidenceId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public EvidenceId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static EvidenceId of(String value) {
		return new EvidenceId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
