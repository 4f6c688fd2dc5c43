package org.mizani.platform;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The totals of paged lists, kept for a few seconds per node ({@code mizani.lists.count-cache}, default
 * 10 s; {@code PT0S} counts every time). Counting 50,000 incidents costs ten times the page itself,
 * and a busy list asks the same count again and again. The key is the count's SQL with its parameters,
 * so a total is only ever reused for the same question from the same viewer (tenancy rules are in the
 * SQL). Any change that the audit trail records makes this node count afresh; other nodes' changes
 * show in their totals within the cache time. The rows of a page are always read afresh.
 */
@Component
public class ListCounts {

	private final Cache<String, Long> counts;
	private final boolean enabled;

	public ListCounts(@Value("${mizani.lists.count-cache:PT10S}") Duration keepFor) {
		this.enabled = !keepFor.isZero() && !keepFor.isNegative();
		this.counts = Caffeine.newBuilder().expireAfterWrite(enabled ? keepFor : Duration.ofSeconds(1)).maximumSize(10_000).build();
	}

	/** The single number that {@code countSql} answers with {@code params}. */
	public long count(JdbcClient jdbc, String countSql, Map<String, ?> params) {
		if (!enabled) {
			return query(jdbc, countSql, params);
		}
		return counts.get(key(countSql, params), k -> query(jdbc, countSql, params));
	}

	private static long query(JdbcClient jdbc, String countSql, Map<String, ?> params) {
		return jdbc.sql(countSql).params(params).query(Long.class).single();
	}

	private static String key(String sql, Map<String, ?> params) {
		StringBuilder key = new StringBuilder(sql);
		new TreeMap<>(params).forEach((name, value) -> key.append('\u0000').append(name).append('=')
			.append(value instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(value)));
		return key.toString();
	}

	/** A recorded change: count afresh now, and again once it is committed (no request in between keeps the old total). */
	@EventListener
	void forgetOn(AuditableEvent change) {
		Transactions.nowAndAfterCompletion(counts::invalidateAll);
	}
}
