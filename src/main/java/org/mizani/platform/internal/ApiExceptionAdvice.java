package org.mizani.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.FormErrors;
import org.mizani.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API becomes an RFC 9457 problem; validation problems list each field
 * with a code and a message in the caller's language. Unexpected failures are logged with the
 * request id and answered without internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);

	private final ProblemFactory problems;

	ApiExceptionAdvice(ProblemFactory problems) {
		this.problems = problems;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problems.problem(HttpStatus.NOT_FOUND, "error.detail.404", locale());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		org.mizani.platform.SecurityLog.refused(List.of("validation.type:" + e.getName()));
		ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "error.detail.validation", locale());
		return problems.withErrors(problem, List.of(new FieldProblem(e.getName(), "validation.type")), locale());
	}

	/** A header or parameter the firewall refuses once it is read (control characters, non-ASCII in headers). */
	@ExceptionHandler(RequestRejectedException.class)
	ProblemDetail rejected(RequestRejectedException e) {
		return problems.problem(HttpStatus.BAD_REQUEST, "error.detail.400", locale());
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail rule(BusinessRuleException e) {
		ProblemDetail problem = problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "error.detail.rule", locale());
		return problems.withErrors(problem, e.problems(), locale());
	}

	@ExceptionHandler({ ConcurrentChangeException.class, OptimisticLockingFailureException.class })
	ProblemDetail conflict(RuntimeException e) {
		return problems.problem(HttpStatus.CONFLICT, "error.detail.409", locale());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException e) {
		log.info("Rejected by a database constraint: {}", e.getMostSpecificCause().getMessage());
		return problems.problem(HttpStatus.CONFLICT, "error.detail.integrity", locale());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException e) {
		org.mizani.platform.SecurityLog.denied();
		return problems.problem(HttpStatus.FORBIDDEN, "error.detail.403", locale());
	}

	/** Every database connection busy for the whole wait: the server is overloaded, not broken; try again shortly. */
	@ExceptionHandler({ org.springframework.transaction.CannotCreateTransactionException.class,
			org.springframework.jdbc.CannotGetJdbcConnectionException.class })
	ResponseEntity<ProblemDetail> busy(RuntimeException e) {
		log.warn("No database connection free in time: {}", e.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
			.body(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "error.detail.503", locale()));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) {
		log.error("Unexpected failure", e);
		return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.detail.500", locale());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return validation(e);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> fields = new ArrayList<>();
		e.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
			.forEach(error -> fields.add(new FieldProblem(result.getMethodParameter().getParameterName(), "validation.invalid"))));
		return badRequest(fields);
	}

	private ResponseEntity<Object> validation(BindException e) {
		return badRequest(FormErrors.problems(e.getBindingResult()));
	}

	private ResponseEntity<Object> badRequest(List<FieldProblem> fields) {
		org.mizani.platform.SecurityLog.refused(fields.stream().map(FieldProblem::code).toList());
		ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "error.detail.validation", locale());
		return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problems.withErrors(problem, fields, locale()));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			HttpStatus status = HttpStatus.resolve(statusCode.value());
			ProblemDetail localized = problems.problem(status == null ? HttpStatus.BAD_REQUEST : status,
					"error.detail." + (statusCode.is5xxServerError() ? 500 : statusCode.value()), locale());
			localized.setInstance(problem.getInstance());
			return new ResponseEntity<>(localized, headers, statusCode);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
