package org.mizani.platform.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.mizani.platform.Caller;
import org.mizani.platform.Language;
import org.mizani.platform.LocalTimes;
import org.mizani.platform.RequestIds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: who is signed in ({@code caller}), the language of the page for
 * texts stored in both languages ({@code item.title(language)}), times as East Africa Time
 * ({@code times.text(instant)}), whether this is the demo, the request id and the current path.
 * API requests render no page, so they skip it.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	private final boolean demo;

	LayoutModelAdvice(@Value("${mizani.demo:false}") boolean demo) {
		this.demo = demo;
	}

	@ModelAttribute
	void layout(Model model, HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI();
		if (path.startsWith(request.getContextPath() + "/api/")) {
			return;
		}
		model.addAttribute("caller", Caller.current().orElse(null));
		model.addAttribute("language", Language.of(locale));
		model.addAttribute("times", LocalTimes.INSTANCE);
		model.addAttribute("demoMode", demo);
		model.addAttribute("requestId", request.getAttribute(RequestIds.MDC_KEY));
		model.addAttribute("currentPath", path);
	}
}
