package org.mizani.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Actor;

public record RecoveryCodesRenewed(UserId user, @Nullable UUID institution, String summary, Actor actor) implements UserEvent {

	@Override
	public String action() {
		return "user.recovery-codes-renewed";
	}
}
