package org.mizani.training.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

	private static final int MAX_TRACKED = 100_000;

	private final CertificateVerification verification;
	private final int perMinute;
	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	VerificationController(CertificateVerification verification,
			@Value("${mizani.training.verify-per-minute:30}") int perMinute) {
		this.verification = verification;
		this.perMinute = perMinute;
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
		if (buckets.size() > MAX_TRACKED) {
			buckets.clear();
		}
		Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build());
		if (!bucket.tryConsume(1)) {
			response.setStatus(429);
			response.setHeader("Retry-After", "60");
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
