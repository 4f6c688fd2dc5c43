package org.mizani.platform.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mizani.platform.FieldProblem;
import org.mizani.platform.RequestIds;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem details with a localized title and detail and the request id. */
@Component
class ProblemFactory {

	private final MessageSource messages;

	ProblemFactory(MessageSource messages) {
		this.messages = messages;
	}

	ProblemDetail problem(HttpStatus status, String detailCode, Locale locale, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("urn:mizani:problem:" + status.value()));
		problem.setTitle(messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale));
		problem.setDetail(messages.getMessage(detailCode, arguments, detailCode, locale));
		String requestId = MDC.get(RequestIds.MDC_KEY);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		return problem;
	}

	ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> problems, Locale locale) {
		problem.setProperty("errors", problems.stream().map(p -> Map.of(
				"field", p.field() == null ? "" : p.field(),
				"code", p.code(),
				"message", messages.getMessage(p.code(), p.arguments(), p.code(), locale))).toList());
		return problem;
	}

	String message(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, code, locale);
	}
}
