package org.mizani.platform;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did something, from where and when: captured when a use case publishes its event, because
 * the audit trail records it after the transaction commits, on another thread.
 */
public record Actor(@Nullable UUID userId, String name, @Nullable UUID institutionId, @Nullable String requestId,
		@Nullable String clientAddress, Instant at) {

	public static final String SYSTEM = "system";

	/** The signed-in user of the current request, or the system when there is none. */
	public static Actor current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		UUID userId = null;
		UUID institution = null;
		String name = SYSTEM;
		if (auth != null && auth.isAuthenticated()) {
			name = auth.getName();
			if (auth.getPrincipal() instanceof ActorDetails details) {
				userId = details.userId();
				institution = details.institutionId();
				name = details.email();
			}
		}
		return new Actor(userId, name, institution, MDC.get(RequestIds.MDC_KEY), currentClientAddress(), Instant.now());
	}

	/** An actor for a change made without a signed-in user, e.g. a failed sign-in or a password reset link. */
	public static Actor anonymous(String name) {
		return new Actor(null, name, null, MDC.get(RequestIds.MDC_KEY), currentClientAddress(), Instant.now());
	}

	private static @Nullable String currentClientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}
}
