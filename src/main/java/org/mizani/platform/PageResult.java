package org.mizani.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what is needed to draw the pager. Pages count from 0. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

	public int totalPages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
	}

	/** One page of a list held in memory; a page beyond either end shows the nearest one. */
	public static <T> PageResult<T> of(List<T> all, int page, int size) {
		int last = Math.max(0, (all.size() - 1) / size);
		int p = Math.max(0, Math.min(page, last));
		return new PageResult<>(all.subList(Math.min(all.size(), p * size), Math.min(all.size(), (p + 1) * size)), p, size, all.size());
	}
}
