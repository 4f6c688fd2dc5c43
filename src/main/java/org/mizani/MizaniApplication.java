package org.mizani;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
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
			SpringApplication cli = new SpringApplication(MizaniApplication.class);
			cli.setWebApplicationType(WebApplicationType.NONE);
			cli.setAdditionalProfiles("cli");
			System.exit(SpringApplication.exit(cli.run(args)));
		}
		SpringApplication.run(MizaniApplication.class, args);
	}
}
