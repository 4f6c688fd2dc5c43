package org.mizani.identity.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mizani.platform.ProblemResponses;
import org.mizani.platform.RequestBudgets;
import org.mizani.platform.SecurityLog;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A budget of API requests a minute for each account (whichever of its tokens it uses), and for each
 * client address while not signed in, on this node. Every answer tells what is left
 * ({@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining}); past the budget the answer is a 429
 * problem in the caller's language with {@code Retry-After}, and the refusal is logged ({@link SecurityLog}).
 * The health and metrics endpoints are not counted: probes and scrapers call them on their own schedule.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

	private final RequestBudgets budgets;
	private final MessageSource messages;
	private final LocaleResolver locales;

	ApiRateLimitFilter(int perMinute, MessageSource messages, LocaleResolver locales) {
		this.budgets = new RequestBudgets(perMinute, Duration.ofMinutes(1));
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		RequestBudgets.Spent spent = budgets.spend(key);
		response.setHeader("X-RateLimit-Limit", Integer.toString(budgets.capacity()));
		response.setHeader("X-RateLimit-Remaining", Long.toString(spent.remaining()));
		if (spent.allowed()) {
			chain.doFilter(request, response);
			return;
		}
		SecurityLog.refused(request, List.of("error.detail.429.api"));
		Locale locale = locales.resolveLocale(request);
		response.setHeader("Retry-After", Long.toString(spent.retryAfterSeconds()));
		ProblemResponses.write(response, 429, messages.getMessage("error.title.429", null, locale),
				messages.getMessage("error.detail.429.api", new Object[] { budgets.capacity(), spent.retryAfterSeconds() }, locale));
	}

	private static String key(HttpServletRequest request) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
				? "address " + request.getRemoteAddr()
				: "account " + auth.getName();
	}
}
