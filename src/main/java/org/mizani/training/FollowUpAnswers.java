package org.mizani.training;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a trained institution answers: per module the practices it now applies (codes of the programme's
 * choices) and other practices in its own words; each challenge it had before the training with whether
 * it is solved now; and the support it needs from the authority.
 */
public record FollowUpAnswers(@Size(max = 20) Map<String, List<String>> practices,
		@Nullable @Size(max = 5000) String otherPractices, @Size(max = 30) Map<String, Outcome> challenges,
		@Nullable @Size(max = 5000) String otherChallenges, @Nullable @Size(max = 5000) String supportNeeded) {

	public FollowUpAnswers {
		practices = practices == null ? Map.of() : practices;
		challenges = challenges == null ? Map.of() : challenges;
	}

	public enum Outcome {
		SOLVED, PARTLY_SOLVED, NOT_SOLVED
	}
}
