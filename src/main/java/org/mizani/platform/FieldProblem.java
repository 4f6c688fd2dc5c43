package org.mizani.platform;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a request: the field (if any), a message code and its arguments (texts and
 * numbers). Serializable because it may travel in a flash attribute through the database session.
 */
public record FieldProblem(@Nullable String field, String code, Object... arguments) implements Serializable {
}
