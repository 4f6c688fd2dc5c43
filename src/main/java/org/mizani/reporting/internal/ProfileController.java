package org.mizani.reporting.internal;

import java.util.UUID;

import org.mizani.reporting.InstitutionProfiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An institution's profile page ({@link ProfileApiController} is the same over the API). */
@Controller
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
}
