package org.mizani.platform;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Budgets of requests on one node, one per key (an account, a client address): each holds a number of
 * requests that refills evenly over a window (a token bucket, Bucket4j). The keys tracked are capped
 * so that a flood of new keys cannot fill the memory; past the cap every budget starts afresh.
 */
public final class RequestBudgets {

	private static final int MAX_TRACKED = 100_000;

	private final int capacity;
	private final Duration window;
	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	/** {@code capacity} requests per {@code window} for each key. */
	public RequestBudgets(int capacity, Duration window) {
		if (capacity < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("A budget needs at least one request and a window longer than zero");
		}
		this.capacity = capacity;
		this.window = window;
	}

	/** The requests each key has per window. */
	public int capacity() {
		return capacity;
	}

	/** Whether the key has anything left, without spending it. */
	public boolean hasLeft(String key) {
		return bucket(key).getAvailableTokens() > 0;
	}

	/** Spends one request of the key's budget, if it has one left. */
	public Spent spend(String key) {
		ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
		long wait = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1);
		return new Spent(probe.isConsumed(), probe.getRemainingTokens(), probe.isConsumed() ? 0 : Math.max(1, wait));
	}

	private Bucket bucket(String key) {
		if (buckets.size() > MAX_TRACKED) {
			buckets.clear();
		}
		return buckets.computeIfAbsent(key == null ? "" : key, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
			.build());
	}

	/**
	 * The outcome of spending: whether the request may go on, what is left, and, when refused, the whole
	 * seconds until the next request is allowed (for {@code Retry-After}).
	 */
	public record Spent(boolean allowed, long remaining, long retryAfterSeconds) {
	}
}
