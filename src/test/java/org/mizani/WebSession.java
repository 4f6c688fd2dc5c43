package org.mizani;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** One browser's cookies across MockMvc requests, so that sessions (kept in the database) work as in real use. */
public class WebSession {

	private final MockMvc mvc;
	private final Map<String, Cookie> cookies = new LinkedHashMap<>();
	private String language = "en";

	public WebSession(MockMvc mvc) {
		this.mvc = mvc;
	}

	public WebSession language(String language) {
		this.language = language;
		return this;
	}

	public MockHttpServletResponse get(String url) throws Exception {
		return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url));
	}

	public MockHttpServletResponse post(String url, String... nameValues) throws Exception {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).with(csrf());
		for (int i = 0; i + 1 < nameValues.length; i += 2) {
			request.param(nameValues[i], nameValues[i + 1]);
		}
		return perform(request);
	}

	/** The value of one of this browser's cookies, or null. */
	public String cookie(String name) {
		Cookie cookie = cookies.get(name);
		return cookie == null ? null : cookie.getValue();
	}

	public MockHttpServletResponse signIn(String email, String password) throws Exception {
		return post("/login", "username", email, "password", password);
	}

	public MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		request.header("Accept-Language", language);
		if (!cookies.isEmpty()) {
			request.cookie(cookies.values().toArray(Cookie[]::new));
		}
		MvcResult result = mvc.perform(request).andReturn();
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				cookies.remove(cookie.getName());
			}
			else {
				cookies.put(cookie.getName(), cookie);
			}
		}
		return result.getResponse();
	}

}
