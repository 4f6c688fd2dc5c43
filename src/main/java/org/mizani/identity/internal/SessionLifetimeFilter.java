package org.mizani.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session that has lasted longer than the maximum lifetime however active it was
 * (the idle timeout ends quiet ones), so that a stolen session cannot be kept alive for ever and
 * everyone signs in, with their second factor, at least once a working day.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	private final Duration maxLifetime;
	private final Clock clock;

	SessionLifetimeFilter(Duration maxLifetime, Clock clock) {
		this.maxLifetime = maxLifetime;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && clock.millis() - session.getCreationTime() > maxLifetime.toMillis()) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			String target = request.getContextPath() + "/login?expired";
			if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", target);
				response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			}
			else {
				response.sendRedirect(target);
			}
			return;
		}
		chain.doFilter(request, response);
	}
}
