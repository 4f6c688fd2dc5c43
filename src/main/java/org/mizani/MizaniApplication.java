package org.mizani;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Mizani: one deployable application, a modular monolith (see docs/modules).
 *
 * <p>With no arguments (or only {@code --option}s) it serves the web application. With a command
 * as first argument (for example {@code audit-verify}) it runs that administrative command
 * against the configured database without a web server and exits with its status.
 */
@SpringBootApplication
@EnableScheduling
public class MizaniApplication {

	public static void main(String[] args) {
		if (args.length > 0 && !args[0].startsWith("--")) {
			// The same application as the server (so every bean a command needs exists), listening only on
			// a random loopback port while the command runs.
			SpringApplication cli = new SpringApplication(MizaniApplication.class);
			cli.setAdditionalProfiles("cli");
			String[] withLoopbackServer = java.util.Arrays.copyOf(args, args.length + 2);
			withLoopbackServer[args.length] = "--server.port=0";
			withLoopbackServer[args.length + 1] = "--server.address=127.0.0.1";
			System.exit(SpringApplication.exit(cli.run(withLoopbackServer)));
		}
		SpringApplication.run(MizaniApplication.class, args);
	}
}
