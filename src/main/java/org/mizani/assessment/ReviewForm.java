package org.mizani.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The reviewer's decision on one response. Overriding needs a result and a reason; asking for evidence needs a comment. */
public record ReviewForm(@NotNull Decision decision, @Nullable Result overrideResult,
		@Nullable @Size(max = 5000) String comment, long version) {

	public enum Decision {
		ACCEPT, OVERRIDE, MORE_EVIDENCE
	}
}
