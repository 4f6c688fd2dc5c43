package org.mizani;

import java.util.List;
import java.util.Random;

/**
 * Malformed and hostile values for input tests, drawn from a seeded random source so that a failing run
 * can be repeated: empty and huge strings, control and bidirectional characters, script, SQL and template
 * fragments, path traversal, numbers out of range, and JSON bodies with wrong types, missing and extra
 * fields, or cut in half.
 */
public final class HostileInput {

	public static final List<String> NASTY = List.of("", " ", "\t", "a".repeat(10_000), "<script>alert(1)</script>",
			"\"><img src=x onerror=alert(1)>", "' OR '1'='1' --", "'; drop table institution; --", "\u0000", "\u202eRTL",
			"😀🇹🇿", "../../../etc/passwd", "${7*7}", "[[${7*7}]]", "__${T(java.lang.Runtime).getRuntime()}__", "%00",
			"NaN", "-1", "99999999999999999999", "1e309", "null", "true", "{}", "[]", "MINISTRY", "ministry", "EN", "xx",
			"00000000-0000-0000-0000-000000000000", "not-a-uuid", "2026-02-30", "\r\nSet-Cookie: x=1", "\\", "%", "_");

	private final Random random;

	public HostileInput(Random random) {
		this.random = random;
	}

	/** The seed of a suite's run: {@code -Dhostile.seed=…} to repeat one, else a new one; printed, so that a failure can be repeated. */
	public static long seed(String suite) {
		long seed = Long.getLong("hostile.seed", System.nanoTime());
		System.out.println(suite + " seed: " + seed);
		return seed;
	}

	public String nasty() {
		if (random.nextInt(5) == 0) {
			StringBuilder s = new StringBuilder();
			int length = random.nextInt(40);
			for (int i = 0; i < length; i++) {
				s.appendCodePoint(random.nextInt(5) == 0 ? random.nextInt(0x2000) : 32 + random.nextInt(95));
			}
			return s.toString();
		}
		return NASTY.get(random.nextInt(NASTY.size()));
	}

	public String json(List<String> fields) {
		StringBuilder body = new StringBuilder("{");
		for (String field : fields) {
			if (random.nextInt(4) == 0) {
				continue;
			}
			if (body.length() > 1) {
				body.append(',');
			}
			body.append('"').append(field).append("\":");
			switch (random.nextInt(6)) {
				case 0 -> body.append(random.nextInt());
				case 1 -> body.append("[\"x\"]");
				case 2 -> body.append("{\"a\":1}");
				case 3 -> body.append("null");
				default -> body.append('"').append(escape(nasty())).append('"');
			}
		}
		if (random.nextInt(10) == 0) {
			body.append(",\"unexpected\":true");
		}
		String json = body.append('}').toString();
		return random.nextInt(15) == 0 ? json.substring(0, json.length() / 2) : json;
	}

	public static String escape(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** What is wrong with an answer to a hostile request: a server error, or an API refusal without a problem body. */
	public static java.util.List<String> failures(String kind, boolean api,
			org.springframework.mock.web.MockHttpServletResponse response) {
		java.util.List<String> failures = new java.util.ArrayList<>();
		int status = response.getStatus();
		if (status >= 500) {
			failures.add(kind + " → " + status);
		}
		if (api && status >= 400 && !String.valueOf(response.getContentType()).startsWith("application/problem+json")) {
			failures.add(kind + " → " + status + " without a problem body");
		}
		return failures;
	}

	/**
	 * Sends a hostile request as the user (an API request with their token, a page with their session and
	 * a CSRF token), adds what is wrong with the answer to {@code failures}, and returns the answer.
	 */
	public static org.springframework.mock.web.MockHttpServletResponse send(org.springframework.test.web.servlet.MockMvc mvc, org.springframework.context.ApplicationContext context,
			org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request, String kind, boolean api,
			String as, String bearer, java.util.List<String> failures) throws Exception {
		if (api) {
			request.header("Authorization", "Bearer " + bearer);
		}
		else {
			request.with(org.mizani.identity.internal.TestLogins.as(context, as))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
		}
		org.springframework.mock.web.MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		failures.addAll(failures(kind, api, response));
		return response;
	}
}
