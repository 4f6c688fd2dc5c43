package org.mizani.identity.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpSession;
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

	/** The session attribute holding the token of the link being used. */
	static final String LINK_TOKEN = "mizani.password-link";

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

	/**
	 * Where the e-mailed link leads. The link carries its token after {@code #}, which browsers never
	 * send, so it is in no server or proxy log and no history; the page's script posts it to
	 * {@link #open}. A link of the older form ({@code ?token=}) is taken once and the address cleaned.
	 */
	@GetMapping("/password/reset")
	String resetForm(@RequestParam(required = false) String token, HttpSession session, Model model) {
		if (token != null) {
			return opened(token, session, model);
		}
		String held = (String) session.getAttribute(LINK_TOKEN);
		if (held == null) {
			return "identity/password-link";
		}
		if (accounts.accountForLink(held).isEmpty()) {
			return invalidLink(session, model, FormErrors.none());
		}
		model.addAttribute("errors", FormErrors.none());
		return "identity/password-reset";
	}

	/** The token read from the link by the page's script: kept in the session, never in an address or a page. */
	@PostMapping("/password/reset/open")
	String open(@RequestParam(required = false) String token, HttpSession session, Model model) {
		return opened(token, session, model);
	}

	private String opened(String token, HttpSession session, Model model) {
		if (token == null || token.length() > 200 || accounts.accountForLink(token).isEmpty()) {
			return invalidLink(session, model, FormErrors.none());
		}
		session.setAttribute(LINK_TOKEN, token);
		return "redirect:/password/reset";
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(required = false) String token, @RequestParam(required = false) String newPassword,
			@RequestParam(required = false) String confirmPassword, HttpSession session, Model model, RedirectAttributes redirect,
			Locale locale) {
		String link = token != null ? token : (String) session.getAttribute(LINK_TOKEN);
		try {
			accounts.resetWithLink(link, newPassword, confirmPassword);
		}
		catch (BusinessRuleException e) {
			FormErrors errors = FormErrors.of(e.problems(), messages, locale);
			if (e.problems().stream().anyMatch(p -> p.code().equals("password.link.invalid"))) {
				return invalidLink(session, model, errors);
			}
			model.addAttribute("errors", errors);
			return "identity/password-reset";
		}
		session.removeAttribute(LINK_TOKEN);
		redirect.addFlashAttribute("flash", "password.reset.done");
		return "redirect:/login";
	}

	/** The link no longer works (used, expired, unknown): the session forgets it, and the page says so. */
	private static String invalidLink(HttpSession session, Model model, FormErrors errors) {
		session.removeAttribute(LINK_TOKEN);
		model.addAttribute("invalid", true);
		model.addAttribute("errors", errors);
		return "identity/password-reset";
	}
}
