package org.mizani.platform;

/** Optimistic locking over HTTP: a record's version travels as its {@code ETag} and comes back in {@code If-Match}. */
public final class Versions {

	private Versions() {
	}

	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	/** The version an {@code If-Match} header names; one that names none can only be stale (409). */
	public static long fromIfMatch(String ifMatch, String what) {
		try {
			return Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", ""));
		}
		catch (NumberFormatException e) {
			throw new ConcurrentChangeException(what);
		}
	}
}
