package org.mizani.catalog;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record DocumentId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public DocumentId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static DocumentId of(String value) {
		return new DocumentId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
