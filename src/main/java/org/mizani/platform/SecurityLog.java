package org.mizani.platform;

import java.util.Collection;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Security events that are not changes (those are in the audit trail) but that the security team
 * watches in the log, with the request id in the log's context: requests refused for want of a right
 * ({@code org.mizani.security.denied}, OWASP ASVS 16.3.2), input refused by validation or a rule
 * ({@code org.mizani.security.refused}, 16.3.3) — by its message codes, never its values — and uploads
 * refused for malware ({@code org.mizani.security.malware}).
 */
public final class SecurityLog {

	private static final Logger DENIED = LoggerFactory.getLogger("org.mizani.security.denied");
	private static final Logger REFUSED = LoggerFactory.getLogger("org.mizani.security.refused");
	private static final Logger MALWARE = LoggerFactory.getLogger("org.mizani.security.malware");

	private SecurityLog() {
	}

	/** A request refused for want of a right: who asked for what, from where. */
	public static void denied(HttpServletRequest request) {
		DENIED.warn("Access denied: {} {} for {} from {}", request.getMethod(), request.getRequestURI(), who(),
				request.getRemoteAddr());
	}

	/** The same, for the request being served. */
	public static void denied() {
		current().ifPresent(SecurityLog::denied);
	}

	/** Input refused by validation or a rule, named by its message codes (the values themselves are not logged). */
	public static void refused(Collection<String> codes) {
		current().ifPresent(request -> refused(request, codes));
	}

	/** The same, for a request a filter refuses. */
	public static void refused(HttpServletRequest request, Collection<String> codes) {
		REFUSED.info("Refused: {} {} for {}: {}", request.getMethod(), request.getRequestURI(), who(), codes);
	}

	/** Malware found in an upload and refused: what the scanner named it, where and by whom it was sent. */
	public static void malwareRefused(String signature) {
		current().ifPresentOrElse(
				request -> MALWARE.warn("Malware refused: {} in an upload to {} {} by {} from {}", signature, request.getMethod(),
						request.getRequestURI(), who(), request.getRemoteAddr()),
				() -> MALWARE.warn("Malware refused: {} in an upload by {}", signature, who()));
	}

	private static Optional<HttpServletRequest> current() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? Optional.of(attributes.getRequest()) : Optional.empty();
	}

	private static String who() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "anonymous" : auth.getName();
	}
}
