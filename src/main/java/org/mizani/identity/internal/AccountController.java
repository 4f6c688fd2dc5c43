package org.mizani.identity.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.FormErrors;
import org.mizani.platform.Language;
import org.mizani.platform.SecurityLog;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: profile, password, second factor, API tokens, sessions. */
@Controller
@RequestMapping("/account")
class AccountController {

	private static final String ENROL_SECRET = "mizani.mfa.enrol-secret";

	private final AccountService accounts;
	private final Users users;
	private final MfaService mfa;
	private final ApiTokens tokens;
	private final SignInFlow flow;
	private final MessageSource messages;
	private final LocaleResolver locales;
	private final Reconfirmations reconfirmations;

	AccountController(AccountService accounts, Users users, MfaService mfa, ApiTokens tokens, SignInFlow flow,
			MessageSource messages, LocaleResolver locales, Reconfirmations reconfirmations) {
		this.accounts = accounts;
		this.users = users;
		this.mfa = mfa;
		this.tokens = tokens;
		this.flow = flow;
		this.messages = messages;
		this.locales = locales;
		this.reconfirmations = reconfirmations;
	}

	@GetMapping
	String overview(HttpServletRequest request, Model model) {
		UUID me = Caller.require().userId();
		jakarta.servlet.http.HttpSession session = request.getSession(false);
		model.addAttribute("sessions", accounts.sessions(me, session == null ? null : session.getId()));
		model.addAttribute("confirmation", accounts.confirmation(me));
		model.addAttribute("user", users.view(me).orElseThrow());
		model.addAttribute("recoveryCodesLeft", mfa.remainingRecoveryCodes(me));
		model.addAttribute("languages", Language.values());
		return "identity/account";
	}

	@PostMapping("/language")
	String language(@RequestParam Language language, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		accounts.changeLanguage(Caller.require().userId(), language);
		locales.setLocale(request, response, language.locale());
		redirect.addFlashAttribute("flash", "account.flash.language");
		return "redirect:/account";
	}

	@GetMapping("/password")
	String passwordForm(Model model) {
		model.addAttribute("errors", FormErrors.none());
		return "identity/password-change";
	}

	@PostMapping("/password")
	String changePassword(@RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmPassword,
			HttpSession session, Model model, RedirectAttributes redirect, Locale locale) {
		try {
			accounts.changePassword(Caller.require().userId(), currentPassword, newPassword, confirmPassword, session.getId());
		}
		catch (BusinessRuleException e) {
			model.addAttribute("errors", FormErrors.of(e.problems(), messages, locale));
			return "identity/password-change";
		}
		redirect.addFlashAttribute("flash", "password.changed");
		return "redirect:/account";
	}

	@GetMapping("/mfa/enrol")
	String enrolForm(HttpSession session, Model model) {
		SignedInUser user = signedInUser();
		String secret = (String) session.getAttribute(ENROL_SECRET);
		if (secret == null) {
			secret = Totp.newSecret();
			session.setAttribute(ENROL_SECRET, secret);
		}
		model.addAttribute("secret", secret);
		model.addAttribute("qr", Totp.qrCode(secret, user.getUsername(), "Mizani"));
		model.addAttribute("required", SecurityContextHolder.getContext().getAuthentication() instanceof MfaPendingAuthentication);
		return "identity/mfa-enrol";
	}

	@PostMapping("/mfa/enrol")
	String enrol(@RequestParam(required = false) String code, HttpSession session, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		SignedInUser user = signedInUser();
		String secret = (String) session.getAttribute(ENROL_SECRET);
		List<String> codes = secret == null || code == null ? List.of() : mfa.confirmEnrolment(user.userId(), secret, code);
		if (codes.isEmpty()) {
			model.addAttribute("error", "mfa.code.wrong");
			return enrolForm(session, model);
		}
		session.removeAttribute(ENROL_SECRET);
		if (SecurityContextHolder.getContext().getAuthentication() instanceof MfaPendingAuthentication) {
			// Enrolment was the last step of signing in.
			request.getSession().setAttribute("mizani.recovery-codes", codes);
			flow.completeSignIn(request, response, user, "password and newly enrolled second factor",
					"/account/mfa/recovery-codes");
			return null;
		}
		model.addAttribute("codes", codes);
		return "identity/recovery-codes";
	}

	@GetMapping("/mfa/recovery-codes")
	String shownOnce(HttpSession session, Model model) {
		Object codes = session.getAttribute("mizani.recovery-codes");
		session.removeAttribute("mizani.recovery-codes");
		if (codes == null) {
			return "redirect:/account";
		}
		model.addAttribute("codes", codes);
		return "identity/recovery-codes";
	}

	/** New recovery codes replace the old ones only for the holder of the second factor: a current code from the app is asked. */
	@PostMapping("/mfa/recovery-codes")
	String regenerate(@RequestParam(required = false) String code, jakarta.servlet.http.HttpServletRequest request, Model model) {
		UUID me = Caller.require().userId();
		if (!users.find(me).orElseThrow().mfaEnabled()) {
			return "redirect:/account";
		}
		String refused = reconfirmations.refusal(me, () -> code != null && code.length() <= 20 && mfa.verifyAppCode(me, code),
				"mfa.code.app-wrong");
		if (refused != null) {
			SecurityLog.refused(List.of(refused));
			model.addAttribute("recoveryError", refused);
			return overview(request, model);
		}
		model.addAttribute("codes", mfa.regenerateRecoveryCodes(me));
		return "identity/recovery-codes";
	}

	@GetMapping("/tokens")
	String tokens(Model model) {
		model.addAttribute("tokens", tokens.list(Caller.require().userId()));
		model.addAttribute("errors", FormErrors.none());
		return "identity/tokens";
	}

	@PostMapping("/tokens")
	String issueToken(@RequestParam(required = false) String name, @RequestParam(defaultValue = "90") String validDays,
			Model model, Locale locale) {
		UUID me = Caller.require().userId();
		try {
			if (name == null || name.isBlank() || name.length() > 100 || !name.matches("[^\\p{Cntrl}]*")) {
				throw BusinessRuleException.onField("name", "token.name.invalid");
			}
			int days;
			try {
				days = Integer.parseInt(validDays.strip());
			}
			catch (NumberFormatException e) {
				throw BusinessRuleException.onField("validDays", "validation.type");
			}
			model.addAttribute("issued", tokens.issue(me, name, days));
			model.addAttribute("errors", FormErrors.none());
		}
		catch (BusinessRuleException e) {
			model.addAttribute("errors", FormErrors.of(e.problems(), messages, locale));
		}
		model.addAttribute("tokens", tokens.list(me));
		return "identity/tokens";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		tokens.revoke(Caller.require().userId(), id);
		redirect.addFlashAttribute("flash", "token.revoked");
		return "redirect:/account/tokens";
	}

	/**
	 * Ends one of the user's other sessions, from the list on the account page, once the user has
	 * confirmed it with their password (or app code).
	 */
	@PostMapping("/sessions/{handle}/end")
	String endSession(@PathVariable String handle, @RequestParam(required = false) String password,
			@RequestParam(required = false) String code, HttpServletRequest request, RedirectAttributes redirect) {
		UUID me = Caller.require().userId();
		String refused = reconfirmations.refusal(me, () -> accounts.confirms(me, password, code), "account.session.confirm-wrong");
		if (refused != null) {
			SecurityLog.refused(List.of(refused));
			redirect.addFlashAttribute("sessionError", refused);
			return "redirect:/account";
		}
		boolean ended = accounts.endSession(me, handle, request.getSession().getId());
		redirect.addFlashAttribute("flash", ended ? "account.session.ended" : "account.session.gone");
		return "redirect:/account";
	}

	@PostMapping("/sign-out-everywhere")
	String signOutEverywhere(HttpServletRequest request, HttpServletResponse response) {
		accounts.signOutEverywhere(Caller.require().userId());
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		new SecurityContextLogoutHandler().logout(request, response, auth);
		return "redirect:/login?signedOut";
	}

	private static SignedInUser signedInUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return (SignedInUser) auth.getPrincipal();
	}
}
