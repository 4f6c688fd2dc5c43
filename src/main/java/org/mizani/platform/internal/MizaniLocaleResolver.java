package org.mizani.platform.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Language of a request: the user's explicit choice (the switcher, or their profile preference
 * applied at sign-in, both kept in a cookie), else the browser's {@code Accept-Language} when it
 * names a language Mizani speaks, else the configured default.
 */
class MizaniLocaleResolver implements LocaleResolver {

	static final String COOKIE = "mizani-lang";
	/** Its name over HTTPS: the prefix makes browsers keep it to this host, secure, on path / (OWASP ASVS 3.3.3). */
	static final String SECURE_COOKIE = "__Host-mizani-lang";

	private final Language defaultLanguage;

	MizaniLocaleResolver(Language defaultLanguage) {
		this.defaultLanguage = defaultLanguage;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Object chosen = request.getAttribute(COOKIE);
		if (chosen instanceof Language language) {
			return language.locale();
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if ((COOKIE.equals(cookie.getName()) || SECURE_COOKIE.equals(cookie.getName())) && Language.isSupported(cookie.getValue())) {
					return Language.fromCode(cookie.getValue()).locale();
				}
			}
		}
		if (request.getHeader("Accept-Language") != null) {
			for (Locale locale : Collections.list(request.getLocales())) {
				if (Language.isSupported(locale.getLanguage())) {
					return Language.fromCode(locale.getLanguage()).locale();
				}
			}
		}
		return defaultLanguage.locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		if (locale == null || !Language.isSupported(locale.getLanguage())) {
			return;
		}
		Language language = Language.fromCode(locale.getLanguage());
		request.setAttribute(COOKIE, language);
		if (response != null) {
			Cookie cookie = new Cookie(request.isSecure() ? SECURE_COOKIE : COOKIE, language.code());
			cookie.setPath("/");
			cookie.setHttpOnly(true);
			cookie.setSecure(request.isSecure());
			cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}
	}
}
