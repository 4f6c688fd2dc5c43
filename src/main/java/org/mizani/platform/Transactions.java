package org.mizani.platform;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work tied to the end of the current transaction, the same way everywhere. */
public final class Transactions {

	private Transactions() {
	}

	/** Runs {@code work} once the current transaction has committed (not at all if it rolls back), or now without one. */
	public static void afterCommit(Runnable work) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					work.run();
				}
			});
		}
		else {
			work.run();
		}
	}

	/**
	 * Runs {@code work} now and again when the current transaction ends, however it ends: for forgetting
	 * what a cache holds, so that no request in between keeps the state from before the change.
	 */
	public static void nowAndAfterCompletion(Runnable work) {
		work.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					work.run();
				}
			});
		}
	}
}
