package org.mizani.institution;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record InstitutionId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public InstitutionId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static InstitutionId of(String value) {
		return new InstitutionId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
