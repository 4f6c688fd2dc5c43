package org.mizani.identity.internal;

import java.time.Duration;
import java.util.Locale;

import org.mizani.platform.RequestBudgets;

/**
 * Slows down password guessing on one node: a budget of failed sign-ins per account name (whether
 * or not the account exists, so the limit reveals nothing) and per client address. Complements
 * the lockout, which is kept in the database for every node.
 */
final class SignInRateLimiter {

	private final RequestBudgets accounts;
	private final RequestBudgets addresses;

	SignInRateLimiter(int perAccount, int perAddress, Duration window) {
		this.accounts = new RequestBudgets(perAccount, window);
		this.addresses = new RequestBudgets(perAddress, window);
	}

	/** Whether another attempt may be made now (does not use up the budget). */
	boolean allows(String account, String address) {
		return accounts.hasLeft(key(account)) && addresses.hasLeft(address);
	}

	/** Spends one unit of both budgets for a failed attempt. */
	void recordFailure(String account, String address) {
		accounts.spend(key(account));
		addresses.spend(address);
	}

	private static String key(String account) {
		return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
	}
}
