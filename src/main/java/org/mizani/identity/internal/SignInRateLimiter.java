package org.mizani.identity.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Slows down password guessing on one node: a budget of failed sign-ins per account name (whether
 * or not the account exists, so the limit reveals nothing) and per client address. Complements
 * the lockout, which is kept in the database for every node.
 */
final class SignInRateLimiter {

	private static final int MAX_TRACKED = 100_000;

	private final int perAccount;
	private final int perAddress;
	private final Duration window;
	private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
	private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

	SignInRateLimiter(int perAccount, int perAddress, Duration window) {
		this.perAccount = perAccount;
		this.perAddress = perAddress;
		this.window = window;
	}

	/** Whether another attempt may be made now (does not use up the budget). */
	boolean allows(String account, String address) {
		return bucket(accounts, key(account), perAccount).getAvailableTokens() > 0
				&& bucket(addresses, address, perAddress).getAvailableTokens() > 0;
	}

	/** Spends one unit of both budgets for a failed attempt. */
	void recordFailure(String account, String address) {
		bucket(accounts, key(account), perAccount).tryConsume(1);
		bucket(addresses, address, perAddress).tryConsume(1);
	}

	private Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
		if (buckets.size() > MAX_TRACKED) {
			buckets.clear();
		}
		return buckets.computeIfAbsent(key, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
			.build());
	}

	private static String key(String account) {
		return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
	}
}
