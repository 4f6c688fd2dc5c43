package org.mizani.reporting.internal;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.mizani.reporting.InstitutionProfiles;
import org.mizani.reporting.ProfileView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** An institution's profile page and the same over the API. */
@Controller
@Tag(name = "Reporting")
class ProfileController {

	private final InstitutionProfiles profiles;

	ProfileController(InstitutionProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/institutions/{id}/profile")
	String profile(@PathVariable UUID id, Model model) {
		model.addAttribute("profile", profiles.profile(id));
		return "reporting/profile";
	}

	@GetMapping("/api/v1/institutions/{id}/profile")
	@ResponseBody
	@Operation(summary = "Everything about one institution: scores and trend, open gaps and actions, trained officers and "
			+ "follow-ups, systems and DR status, incidents, projects; the authority any, an institution its own")
	ProfileView api(@PathVariable UUID id) {
		return profiles.profile(id);
	}
}
