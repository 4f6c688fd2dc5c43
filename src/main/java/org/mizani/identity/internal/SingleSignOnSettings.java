package org.mizani.identity.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on with the authority's OpenID Connect provider ({@code mizani.oidc.*}); off while no
 * issuer is set. The provider says who the person is, which roles they hold ({@code rolesClaim},
 * a list or a space-separated text, reached through nested objects with dots, such as
 * {@code realm_access.roles}) and, for institution roles, which institution they work for
 * ({@code institutionClaim}: its acronym or id). {@code roleMapping} renames the provider's role
 * names to Mizani's ({@code ega-ict-officer: ICT_OFFICER}); names equal to a Mizani role need no entry.
 * {@code secondFactorMethods} are the {@code amr} values (RFC 8176) that show the provider asked for
 * a second factor; without one, Mizani asks for its own where its rules want one.
 */
@ConfigurationProperties("mizani.oidc")
record SingleSignOnSettings(@Nullable String issuer, @Nullable String clientId, @Nullable String clientSecret,
		@Nullable String name, String rolesClaim, String institutionClaim, Map<String, String> roleMapping,
		List<String> secondFactorMethods) {

	static final String REGISTRATION = "sso";

	SingleSignOnSettings {
		rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
		institutionClaim = institutionClaim == null || institutionClaim.isBlank() ? "institution" : institutionClaim;
		roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
		secondFactorMethods = secondFactorMethods == null ? List.of() : List.copyOf(secondFactorMethods);
	}

	boolean enabled() {
		return issuer != null && !issuer.isBlank();
	}
}
