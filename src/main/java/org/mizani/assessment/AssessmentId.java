package org.mizani.assessment;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record AssessmentId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public AssessmentId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static AssessmentId of(String value) {
		return new AssessmentId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
