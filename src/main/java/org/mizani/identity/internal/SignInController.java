package org.mizani.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

	private final SignInFlow flow;
	private final MfaService mfa;
	private final SingleSignOnSettings sso;
	private final SingleSignOnRegistrations registrations;

	SignInController(SignInFlow flow, MfaService mfa, SingleSignOnSettings sso, SingleSignOnRegistrations registrations) {
		this.flow = flow;
		this.mfa = mfa;
		this.sso = sso;
		this.registrations = registrations;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String sso, Model model) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth instanceof MfaPendingAuthentication pending) {
			return "redirect:" + pending.step().page;
		}
		model.addAttribute("ssoEnabled", this.sso.enabled());
		model.addAttribute("ssoName", this.sso.name() == null || this.sso.name().isBlank() ? null : this.sso.name());
		if (sso != null) {
			model.addAttribute("ssoError", "signin.sso." + (SingleSignOnAccounts.REFUSALS.contains(sso)
					|| "unavailable".equals(sso) ? sso : "failed"));
		}
		return "identity/login";
	}

	/** The single sign-on button: on to the identity provider, or back with a message when it cannot be reached. */
	@GetMapping("/login/sso")
	String singleSignOn() {
		if (!sso.enabled()) {
			return "redirect:/login";
		}
		return registrations.registration() == null ? "redirect:/login?sso=unavailable"
				: "redirect:/oauth2/authorization/" + SingleSignOnSettings.REGISTRATION;
	}

	@GetMapping("/login/mfa")
	String secondFactor() {
		return "identity/login-mfa";
	}

	@PostMapping("/login/mfa")
	String verify(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
			Model model) throws IOException, ServletException {
		MfaPendingAuthentication pending = (MfaPendingAuthentication) SecurityContextHolder.getContext().getAuthentication();
		SignedInUser user = pending.getPrincipal();
		if (!flow.allowsAttempt(request, user.getUsername())) {
			model.addAttribute("error", "signin.throttled");
			return "identity/login-mfa";
		}
		if (code != null && code.length() <= 40 && mfa.verify(user.userId(), code)) {
			flow.completeSignIn(request, response, user, "password and second factor", null);
			return null;
		}
		flow.secondFactorFailed(request, user);
		model.addAttribute("error", "mfa.code.wrong");
		return "identity/login-mfa";
	}
}
