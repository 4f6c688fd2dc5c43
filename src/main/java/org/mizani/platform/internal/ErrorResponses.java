package org.mizani.platform.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** One way to answer an error that no controller handled: a problem for the API, the error page otherwise. */
@Component
class ErrorResponses {

	private final ProblemFactory problems;

	ErrorResponses(ProblemFactory problems) {
		this.problems = problems;
	}

	Object respond(int status, boolean api, HttpServletResponse response, Locale locale) {
		HttpStatus httpStatus = HttpStatus.resolve(status) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.valueOf(status);
		int shown = HtmlExceptionAdvice.withMessages(httpStatus.value());
		if (api) {
			ProblemDetail problem = problems.problem(httpStatus, "error.detail." + shown, locale);
			return ResponseEntity.status(httpStatus).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		response.setStatus(httpStatus.value());
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", shown);
		page.setStatus(httpStatus);
		return page;
	}

	static boolean isApi(String path) {
		return path != null && path.startsWith("/api/");
	}

	static boolean isApi(HttpServletRequest request) {
		return isApi(request.getRequestURI().substring(request.getContextPath().length()));
	}
}
