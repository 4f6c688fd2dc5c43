package org.mizani.training.internal;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mizani.platform.RequestBudgets;
import org.mizani.training.CertificateVerification;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one public page: anyone holding a certificate (or its QR code) checks that it is genuine. It shows
 * only the name, programme, session, dates and whether it is valid or revoked. Lookups are limited per
 * client address, so guessing codes (130 random bits) is hopeless twice over.
 */
@Controller
class VerificationController {

	private final CertificateVerification verification;
	private final RequestBudgets lookups;

	VerificationController(CertificateVerification verification,
			@Value("${mizani.training.verify-per-minute:30}") int perMinute) {
		this.verification = verification;
		this.lookups = new RequestBudgets(perMinute, Duration.ofMinutes(1));
	}

	@GetMapping("/verify")
	String form(@RequestParam(required = false) String code, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (code == null || code.isBlank()) {
			return "training/verify";
		}
		return check(code, model, request, response);
	}

	@GetMapping("/verify/{code}")
	String check(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response) {
		RequestBudgets.Spent spent = lookups.spend(request.getRemoteAddr());
		if (!spent.allowed()) {
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(spent.retryAfterSeconds()));
			model.addAttribute("limited", true);
			return "training/verify";
		}
		model.addAttribute("asked", code.length() > 64 ? code.substring(0, 64) : code);
		verification.verify(code).ifPresentOrElse(c -> model.addAttribute("certificate", c), () -> {
			response.setStatus(404);
			model.addAttribute("unknown", true);
		});
		return "training/verify";
	}
}
