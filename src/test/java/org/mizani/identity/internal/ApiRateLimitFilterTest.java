package org.mizani.identity.internal;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The API budget with the real message bundles: each account has its own, and past it comes a 429 problem. */
class ApiRateLimitFilterTest {

	private final ApiRateLimitFilter filter = new ApiRateLimitFilter(3, messages(), locales());

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anAccountHasItsBudgetAMinuteAndIsThenToldWhenToComeBackInItsLanguage() throws Exception {
		signIn("asha");
		for (int left = 2; left >= 0; left--) {
			MockHttpServletResponse response = call("/api/v1/incidents", "en");
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("X-RateLimit-Limit")).isEqualTo("3");
			assertThat(response.getHeader("X-RateLimit-Remaining")).isEqualTo(Integer.toString(left));
		}
		MockHttpServletResponse refused = call("/api/v1/incidents", "sw");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getContentAsString()).contains("\"status\":429", "Maombi mengi mno", "maombi yake 3 ya API kwa dakika");
		long retryAfter = Long.parseLong(refused.getHeader("Retry-After"));
		assertThat(retryAfter).as("three a minute come back one every 20 s").isBetween(1L, 20L);
		assertThat(refused.getContentAsString()).contains("sekunde " + retryAfter);

		signIn("baraka");
		assertThat(call("/api/v1/incidents", "en").getStatus()).as("another account has its own budget").isEqualTo(200);
	}

	@Test
	void beforeSignInTheBudgetIsTheClientAddresssAndPagesAndProbesAreNotCounted() throws Exception {
		for (int i = 0; i < 3; i++) {
			call("/api/v1/me", "en");
		}
		assertThat(call("/api/v1/me", "en").getStatus()).isEqualTo(429);
		MockHttpServletRequest elsewhere = request("/api/v1/me", "en");
		elsewhere.setRemoteAddr("192.0.2.77");
		assertThat(run(elsewhere).getStatus()).isEqualTo(200);

		for (String path : List.of("/actuator/health", "/incidents", "/login")) {
			MockHttpServletResponse response = call(path, "en");
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertThat(response.getHeader("X-RateLimit-Remaining")).as(path).isNull();
		}
	}

	private static void signIn(String name) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
				List.of(new SimpleGrantedAuthority("ROLE_ICT_OFFICER"))));
	}

	private MockHttpServletResponse call(String path, String language) throws Exception {
		return run(request(path, language));
	}

	private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		if (chain.getRequest() != null) {
			response.setStatus(HttpServletResponse.SC_OK);
		}
		return response;
	}

	private static MockHttpServletRequest request(String path, String language) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addHeader("Accept-Language", language);
		request.setRemoteAddr("192.0.2.10");
		return request;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/platform");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static AcceptHeaderLocaleResolver locales() {
		AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
		locales.setSupportedLocales(List.of(Locale.ENGLISH, Locale.forLanguageTag("sw")));
		locales.setDefaultLocale(Locale.ENGLISH);
		return locales;
	}
}
