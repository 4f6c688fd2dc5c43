package org.mizani.catalog;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record VersionId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public VersionId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static VersionId of(String value) {
		return new VersionId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
