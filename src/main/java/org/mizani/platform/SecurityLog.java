package org.mizani.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Security events that are not changes (those are in the audit trail) but that the security team
 * watches in the log: refused requests (OWASP ASVS 16.3.2), under the logger {@code org.mizani.security},
 * with the request id in the log's context.
 */
public final class SecurityLog {

	private static final Logger DENIED = LoggerFactory.getLogger("org.mizani.security.denied");

	private SecurityLog() {
	}

	/** A request refused for want of a right: who asked for what, from where. */
	public static void denied(HttpServletRequest request) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		DENIED.warn("Access denied: {} {} for {} from {}", request.getMethod(), request.getRequestURI(),
				auth == null ? "anonymous" : auth.getName(), request.getRemoteAddr());
	}

	/** The same, for the request being served. */
	public static void denied() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			denied(attributes.getRequest());
		}
	}
}
