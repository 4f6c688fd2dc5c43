package org.mizani.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How every module loads its demo data: once, into an empty table (a second start finds its data
 * again), in one transaction, and as the role the module's own use cases expect when one is given.
 */
public final class DemoData {

	private DemoData() {
	}

	/** Runs {@code load} in one transaction unless {@code table} already has rows; answers whether it ran. */
	public static boolean loadOnce(JdbcClient jdbc, TransactionTemplate transaction, String table, @Nullable String role,
			Runnable load) {
		if (!table.matches("[a-z_]+") || jdbc.sql("select count(*) from " + table).query(Long.class).single() > 0) {
			return false;
		}
		Runnable inTransaction = () -> transaction.executeWithoutResult(status -> load.run());
		if (role == null) {
			inTransaction.run();
		}
		else {
			SystemCaller.runAs(role, inTransaction);
		}
		return true;
	}
}
