package org.mizani.training;

import java.util.Map;

/**
 * A programme's follow-ups so far: how many are due, answered and overdue; how many answers say each
 * practice is applied; and for each challenge how many say solved, partly solved or not solved.
 */
public record FollowUpSummary(long due, long answered, long overdue, Map<String, Long> practicesApplied,
		Map<String, Tally> challenges) {

	/** How many answers say a challenge is solved, partly solved or not solved. */
	public record Tally(long solved, long partlySolved, long notSolved) {

		public Tally with(FollowUpAnswers.Outcome outcome) {
			return switch (outcome) {
				case SOLVED -> new Tally(solved + 1, partlySolved, notSolved);
				case PARTLY_SOLVED -> new Tally(solved, partlySolved + 1, notSolved);
				case NOT_SOLVED -> new Tally(solved, partlySolved, notSolved + 1);
			};
		}

		public static Tally none() {
			return new Tally(0, 0, 0);
		}
	}
}
