package org.mizani.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Actor;

/** One of a user's browser sessions, ended by the user from their account page. */
public record SessionEnded(UserId user, @Nullable UUID institution, String summary, Actor actor) implements UserEvent {

	@Override
	public String action() {
		return "user.session-ended";
	}
}
