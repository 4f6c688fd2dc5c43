package org.mizani.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Actor;

/** An account created at its first single sign-on, from what the identity provider says of the person. */
public record UserProvisioned(UserId user, @Nullable UUID institution, String summary, Actor actor) implements UserEvent {

	@Override
	public String action() {
		return "user.provisioned";
	}
}
