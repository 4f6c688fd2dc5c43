package org.mizani.audit;

import org.jspecify.annotations.Nullable;

/**
 * Result of checking the audit chain. When broken, {@code firstBrokenSeq} is the first entry that
 * does not match (altered, missing or out of order) and {@code problem} a code saying how.
 */
public record ChainVerification(boolean intact, long entriesChecked, @Nullable Long firstBrokenSeq,
		@Nullable String problem) {
}
