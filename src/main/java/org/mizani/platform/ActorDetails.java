package org.mizani.platform;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Implemented by the signed-in principal so that every module can name the actor of a change and
 * apply the tenancy rule without depending on the identity module.
 */
public interface ActorDetails {

	UUID userId();

	String email();

	@Nullable UUID institutionId();

	/** Role codes as in DESIGN.md, e.g. {@code ICT_OFFICER}. */
	Set<String> roleCodes();

	/** Whether the user works for the authority (sees every institution). */
	boolean authoritySide();
}
