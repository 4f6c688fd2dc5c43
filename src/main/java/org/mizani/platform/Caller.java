package org.mizani.platform;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user on whose behalf a use case runs. */
public record Caller(UUID userId, String email, @Nullable UUID institutionId, Set<String> roles, boolean authority) {

	/** A {@code @PreAuthorize} expression for use cases any authority staff member may read (DESIGN.md roles). */
	public static final String AUTHORITY_STAFF = "hasAnyRole('COMPLIANCE_OFFICER', 'AUTHORITY_ADMIN', 'EXECUTIVE', "
			+ "'TRAINING_COORDINATOR', 'SECURITY_ANALYST', 'PROJECT_REVIEWER')";

	public static Optional<Caller> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof ActorDetails details) {
			return Optional.of(new Caller(details.userId(), details.email(), details.institutionId(),
					Set.copyOf(details.roleCodes()), details.authoritySide()));
		}
		return Optional.empty();
	}

	/** The caller, or an access denial when nobody is signed in. */
	public static Caller require() {
		return current().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

	public boolean hasRole(String role) {
		return roles.contains(role);
	}

	/** Applies {@link TenancyPolicy}; a denial must be answered as "not found". */
	public boolean canAccess(@Nullable UUID institution) {
		return TenancyPolicy.canAccess(this, institution);
	}
}
