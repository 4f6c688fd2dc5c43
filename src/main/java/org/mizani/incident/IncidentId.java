package org.mizani.incident;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record IncidentId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public IncidentId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static IncidentId of(String value) {
		return new IncidentId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
