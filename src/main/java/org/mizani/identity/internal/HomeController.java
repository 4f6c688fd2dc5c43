package org.mizani.identity.internal;

import org.mizani.identity.UserManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the signed-in user can do, by role. */
@Controller
class HomeController {

	private final UserManagement users;

	HomeController(UserManagement users) {
		this.users = users;
	}

	@GetMapping("/")
	String home(Model model) {
		users.me().ifPresent(me -> model.addAttribute("me", me));
		return "home";
	}
}
