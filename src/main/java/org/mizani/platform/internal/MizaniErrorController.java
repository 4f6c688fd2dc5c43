package org.mizani.platform.internal;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors raised outside controllers (unknown paths, oversized uploads, container errors): a
 * problem for the API and for clients that ask for JSON, a page in the user's language otherwise.
 */
@Controller
class MizaniErrorController implements ErrorController {

	private final ErrorResponses errors;

	MizaniErrorController(ErrorResponses errors) {
		this.errors = errors;
	}

	@RequestMapping(path = "/error", produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	Object problem(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		return errors.respond(statusOf(request), true, response, locale);
	}

	@RequestMapping("/error")
	Object page(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return errors.respond(statusOf(request), uri instanceof String path && ErrorResponses.isApi(path), response, locale);
	}

	private static int statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		return code instanceof Integer value ? value : 500;
	}
}
