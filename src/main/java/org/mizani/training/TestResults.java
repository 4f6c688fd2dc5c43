package org.mizani.training;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Knowledge gain of a session: each participant's pre- and post-test scores (0–100) and the gain, the
 * same per module, and the session's averages over the participants who sat both tests.
 */
public record TestResults(List<Participant> participants, List<Module> modules, @Nullable Double averagePre,
		@Nullable Double averagePost, @Nullable Double averageGain, long satBoth) {

	public record Participant(UUID participantId, String fullName, String institutionAcronym, @Nullable Double pre,
			@Nullable Double post) {

		public @Nullable Double gain() {
			return pre == null || post == null ? null : post - pre;
		}
	}

	public record Module(String code, @Nullable Double pre, @Nullable Double post) {

		public @Nullable Double gain() {
			return pre == null || post == null ? null : post - pre;
		}
	}
}
