package org.mizani.platform.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Pages that go wrong render {@code error} in the user's language with the right status.
 * Access denial is handed back to Spring Security (sign-in redirect or 403 page).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class HtmlExceptionAdvice {

	private static final Logger log = LoggerFactory.getLogger(HtmlExceptionAdvice.class);

	@ExceptionHandler(NotFoundException.class)
	String notFound(HttpServletResponse response, Model model) {
		return page(404, response, model);
	}

	/** A malformed id in the path names no record (404); a malformed filter or form value is a bad request (400). */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
		boolean inPath = e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
		return page(inPath ? 404 : 400, response, model);
	}

	@ExceptionHandler({ ConcurrentChangeException.class, OptimisticLockingFailureException.class,
			DataIntegrityViolationException.class })
	String conflict(RuntimeException e, HttpServletResponse response, Model model) {
		log.info("Conflict: {}", e.getMessage());
		return page(409, response, model);
	}

	@ExceptionHandler(BusinessRuleException.class)
	String rule(BusinessRuleException e, HttpServletResponse response, Model model) {
		model.addAttribute("problems", e.problems());
		return page(422, response, model);
	}

	@ExceptionHandler(AccessDeniedException.class)
	void denied(AccessDeniedException e) {
		throw e;
	}

	/** Every database connection busy for the whole wait: overloaded, not broken; the page says to try again shortly. */
	@ExceptionHandler({ org.springframework.transaction.CannotCreateTransactionException.class,
			org.springframework.jdbc.CannotGetJdbcConnectionException.class })
	String busy(RuntimeException e, HttpServletResponse response, Model model) {
		log.warn("No database connection free in time: {}", e.getMessage());
		response.setHeader("Retry-After", "5");
		return page(503, response, model);
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception e, HttpServletResponse response, Model model) {
		if (e instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
			// Spring MVC's own refusals (missing parameter, wrong method, unreadable body...) keep their status.
			return page(known.getStatusCode().value(), response, model);
		}
		log.error("Unexpected failure", e);
		return page(500, response, model);
	}

	static String page(int status, HttpServletResponse response, Model model) {
		response.setStatus(status);
		model.addAttribute("status", withMessages(status));
		return "error";
	}

	/** The status whose title and explanation the error page shows (every status has one in both languages). */
	static int withMessages(int status) {
		return switch (status) {
			case 400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 429, 503 -> status;
			default -> status >= 500 ? 500 : 400;
		};
	}
}
