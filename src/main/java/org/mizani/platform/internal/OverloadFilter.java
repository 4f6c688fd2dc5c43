package org.mizani.platform.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mizani.platform.ProblemResponses;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * The outermost filter: when the database cannot give a connection in time, even to the session
 * filter or the security filters before any controller runs, the answer is: busy, try again in a few
 * seconds (503 with {@code Retry-After}) in the user's language — a problem for the API, a short
 * page for browsers — rather than a server error.
 */
@Component
class OverloadFilter extends OncePerRequestFilter implements Ordered {

	static final String RETRY_AFTER_SECONDS = "5";

	private final MessageSource messages;
	private final LocaleResolver locales;

	OverloadFilter(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public int getOrder() {
		// before Spring Session's filter (Integer.MIN_VALUE + 50) and the security filters
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException e) {
			if (!busy(e) || response.isCommitted()) {
				throw e;
			}
			answerBusy(request, response);
		}
	}

	private static boolean busy(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof java.sql.SQLTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

	private void answerBusy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = locales.resolveLocale(request);
		String title = messages.getMessage("error.title.503", null, locale);
		String detail = messages.getMessage("error.detail.503", null, locale);
		response.reset();
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemResponses.write(response, 503, title, detail);
			return;
		}
		response.setStatus(503);
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
		response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
				+ HtmlUtils.htmlEscape(title) + "</title></head><body><main><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>"
				+ HtmlUtils.htmlEscape(detail) + "</p></main></body></html>");
	}
}
