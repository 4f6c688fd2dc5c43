package org.mizani.platform;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no person started (demo data at start-up) as the system, with one authority role,
 * so that the modules' own use cases and their authorization checks can be used for it.
 */
public final class SystemCaller {

	/** The user id recorded for changes the system made. */
	public static final UUID SYSTEM = new UUID(0, 0);

	private SystemCaller() {
	}

	public static void runAs(String role, Runnable work) {
		ActorDetails system = new ActorDetails() {
			@Override
			public UUID userId() {
				return SYSTEM;
			}

			@Override
			public String email() {
				return Actor.SYSTEM;
			}

			@Override
			public UUID institutionId() {
				return null;
			}

			@Override
			public Set<String> roleCodes() {
				return Set.of(role);
			}

			@Override
			public boolean authoritySide() {
				return true;
			}
		};
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new UsernamePasswordAuthenticationToken(system, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + role))));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			// A caller's own sign-in (when the system step runs inside a request) comes back unchanged.
			if (previous.getAuthentication() != null) {
				SecurityContextHolder.setContext(previous);
			}
			else {
				SecurityContextHolder.clearContext();
			}
		}
	}
}
