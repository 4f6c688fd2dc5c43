package org.mizani.reporting.internal;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mizani.reporting.InstitutionProfiles;
import org.mizani.reporting.ProfileView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An institution's profile over the API. A controller of its own, because the API's refusals are
 * problems (RFC 9457) and only REST controllers get them; in the page controller a wrong id was
 * answered with the HTML error page.
 */
@RestController
@Tag(name = "Reporting")
class ProfileApiController {

	private final InstitutionProfiles profiles;

	ProfileApiController(InstitutionProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/api/v1/institutions/{id}/profile")
	@Operation(summary = "Everything about one institution: scores and trend, open gaps and actions, trained officers and "
			+ "follow-ups, systems and DR status, incidents, projects; the authority any, an institution its own")
	ProfileView profile(@PathVariable UUID id) {
		return profiles.profile(id);
	}
}
