package org.mizani.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

/**
 * Writes an RFC 9457 problem outside Spring MVC (security filters), so that the API answers
 * 401 and 403 in the same shape as every other error.
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json;charset=UTF-8");
		String requestId = MDC.get(RequestIds.MDC_KEY);
		response.getWriter().write("{\"type\":\"urn:mizani:problem:" + status + "\",\"title\":" + json(title)
				+ ",\"status\":" + status + ",\"detail\":" + json(detail)
				+ (requestId == null ? "" : ",\"requestId\":" + json(requestId)) + "}");
	}

	static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '<' -> out.append("\\u003c");
				case '>' -> out.append("\\u003e");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}
}
