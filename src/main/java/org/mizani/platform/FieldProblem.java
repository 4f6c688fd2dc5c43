package org.mizani.platform;

import org.jspecify.annotations.Nullable;

/** One thing wrong with a request: the field (if any), a message code and its arguments. */
public record FieldProblem(@Nullable String field, String code, Object... arguments) {
}
