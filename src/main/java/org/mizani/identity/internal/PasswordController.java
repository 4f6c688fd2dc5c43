package org.mizani.identity.internal;

import java.util.Locale;

import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgotten password and invitation links: both end on the page that sets a new password. */
@Controller
class PasswordController {

	private final AccountService accounts;
	private final MessageSource messages;

	PasswordController(AccountService accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/password/forgot")
	String forgotForm() {
		return "identity/password-forgot";
	}

	@PostMapping("/password/forgot")
	String forgot(@RequestParam(required = false) String email, RedirectAttributes redirect) {
		accounts.requestReset(email);
		redirect.addFlashAttribute("flash", "password.reset.sent");
		return "redirect:/login";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(required = false) String token, Model model) {
		if (token == null || accounts.accountForLink(token).isEmpty()) {
			model.addAttribute("invalid", true);
		}
		model.addAttribute("token", token);
		model.addAttribute("errors", FormErrors.none());
		return "identity/password-reset";
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(required = false) String token, @RequestParam(required = false) String newPassword,
			@RequestParam(required = false) String confirmPassword, Model model, RedirectAttributes redirect,
			Locale locale) {
		try {
			accounts.resetWithLink(token, newPassword, confirmPassword);
		}
		catch (BusinessRuleException e) {
			boolean invalidLink = e.problems().stream().anyMatch(p -> p.code().equals("password.link.invalid"));
			model.addAttribute("invalid", invalidLink);
			model.addAttribute("token", token);
			model.addAttribute("errors", FormErrors.of(e.problems(), messages, locale));
			return "identity/password-reset";
		}
		redirect.addFlashAttribute("flash", "password.reset.done");
		return "redirect:/login";
	}
}
