package org.mizani.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record UserQuery(@Nullable String text, @Nullable Role role, @Nullable UUID institutionId, @Nullable Boolean active) {
}
