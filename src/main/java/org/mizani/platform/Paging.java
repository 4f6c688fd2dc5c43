package org.mizani.platform;

/** Page and size as the user asked, kept within limits so that no request can ask for everything. */
public record Paging(int page, int size) {

	public static final int DEFAULT_SIZE = 25;
	public static final int MAX_SIZE = 200;

	public static Paging of(Integer page, Integer size) {
		int p = page == null || page < 0 ? 0 : Math.min(page, 1_000_000);
		int s = size == null || size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
		return new Paging(p, s);
	}

	public long offset() {
		return (long) page * size;
	}
}
