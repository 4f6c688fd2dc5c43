package org.mizani.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A command gets its own options, not the application's settings that share the command line. */
class CommandLineDispatcherTest {

	@Test
	void theCommandGetsWhatFollowsItsNameButTheApplicationsSettings() {
		String[] line = { "--mizani.data-dir=/srv/mizani", "backup", "--to=/var/backups/x", "--server.port=0",
			"--server.address=127.0.0.1", "extra" };
		assertThat(CommandLineDispatcher.commandArguments(line, "backup")).containsExactly("--to=/var/backups/x", "extra");
		assertThat(CommandLineDispatcher.commandArguments(new String[] { "restore" }, "restore")).isEmpty();
	}
}
