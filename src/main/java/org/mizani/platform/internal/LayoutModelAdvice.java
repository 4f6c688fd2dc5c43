package org.mizani.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.mizani.platform.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in, whether this is the demo, and the current path. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	private final boolean demo;

	LayoutModelAdvice(@Value("${mizani.demo:false}") boolean demo) {
		this.demo = demo;
	}

	@ModelAttribute("caller")
	Caller caller() {
		return Caller.current().orElse(null);
	}

	/** The language of the page, for texts stored in both languages ({@code item.title(language)}). */
	@ModelAttribute("language")
	org.mizani.platform.Language language(java.util.Locale locale) {
		return org.mizani.platform.Language.of(locale);
	}

	/** Times as East Africa Time: {@code ${times.text(instant)}}. */
	@ModelAttribute("times")
	org.mizani.platform.LocalTimes times() {
		return org.mizani.platform.LocalTimes.INSTANCE;
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return demo;
	}

	@ModelAttribute("requestId")
	Object requestId(HttpServletRequest request) {
		return request.getAttribute(org.mizani.platform.RequestIds.MDC_KEY);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
