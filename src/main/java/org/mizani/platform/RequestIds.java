package org.mizani.platform;

/** Names shared by the request-id filter, the logs and the audit trail. */
public final class RequestIds {

	public static final String MDC_KEY = "requestId";
	public static final String HEADER = "X-Request-Id";

	private RequestIds() {
	}
}
