package org.mizani.assessment;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record ResponseId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ResponseId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static ResponseId of(String value) {
		return new ResponseId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
