package org.mizani.platform.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Refusals that happen before any controller is chosen (no such path, wrong method or content type,
 * an upload over the limit): a problem for the API, the error page in the user's language otherwise,
 * without relying on the servlet container's error dispatch.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FallbackExceptionAdvice {

	private final ErrorResponses errors;

	FallbackExceptionAdvice(ErrorResponses errors) {
		this.errors = errors;
	}

	@ExceptionHandler({ NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
			HttpMediaTypeNotSupportedException.class, MaxUploadSizeExceededException.class, MultipartException.class,
			RequestRejectedException.class })
	Object refused(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		int status = e instanceof MaxUploadSizeExceededException ? 413
				: e instanceof ErrorResponse known ? known.getStatusCode().value() : 400;
		return errors.respond(status, ErrorResponses.isApi(request), response, locale);
	}
}
