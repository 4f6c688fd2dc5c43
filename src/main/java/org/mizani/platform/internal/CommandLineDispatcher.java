package org.mizani.platform.internal;

import java.util.List;

import org.mizani.platform.CliCommand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Runs the administrative command named by the first argument when Mizani is started as a CLI. */
@Component
@Profile("cli")
class CommandLineDispatcher implements ApplicationRunner, ExitCodeGenerator {

	private final List<CliCommand> commands;
	private int exitCode;

	CommandLineDispatcher(List<CliCommand> commands) {
		this.commands = commands;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> words = arguments.getNonOptionArgs();
		String name = words.isEmpty() ? "help" : words.get(0);
		CliCommand command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
		if (command == null) {
			System.out.println("Usage: java -jar mizani.jar <command> [arguments]\nCommands:");
			commands.forEach(c -> System.out.printf("  %-20s %s%n", c.name(), c.description()));
			exitCode = "help".equals(name) ? 0 : 2;
			return;
		}
		exitCode = command.run(commandArguments(arguments.getSourceArgs(), name), System.out);
	}

	/**
	 * What follows the command's name, but the application's own settings ({@code --server.port=0},
	 * {@code --mizani.data-dir=…}: a dot in the name), which Spring has taken already.
	 */
	static List<String> commandArguments(String[] source, String name) {
		List<String> all = java.util.Arrays.asList(source);
		int at = all.indexOf(name);
		return all.subList(at + 1, all.size()).stream()
			.filter(a -> !(a.startsWith("--") && a.substring(0, a.contains("=") ? a.indexOf('=') : a.length()).contains(".")))
			.toList();
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
