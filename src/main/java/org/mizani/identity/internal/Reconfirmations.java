package org.mizani.identity.internal;

import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.RequestBudgets;
import org.springframework.stereotype.Component;

/**
 * A signed-in user proving again that they hold the account before a sensitive action: a new password
 * (the current one), new recovery codes (an app code), ending another session (the password). Wrong
 * answers share one budget per account — 10 per 15 minutes on this node — apart from the sign-in's:
 * someone at a browser left signed in cannot guess for long, nor lock the holder out by guessing.
 */
@Component
class Reconfirmations {

	private final RequestBudgets wrongAnswers = new RequestBudgets(10, Duration.ofMinutes(15));

	/**
	 * Checks the answer unless the account has used up its wrong answers. Returns {@code null} when it is
	 * right; otherwise the message code to show: {@code signin.throttled}, or {@code wrongCode}.
	 */
	@Nullable String refusal(UUID user, BooleanSupplier answerIsRight, String wrongCode) {
		String key = user.toString();
		if (!wrongAnswers.hasLeft(key)) {
			return "signin.throttled";
		}
		if (answerIsRight.getAsBoolean()) {
			return null;
		}
		wrongAnswers.spend(key);
		return wrongCode;
	}
}
