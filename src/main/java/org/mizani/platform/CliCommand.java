package org.mizani.platform;

import java.io.PrintStream;
import java.util.List;

/** An administrative command run from the same jar: {@code java -jar mizani.jar <name> [args]}. */
public interface CliCommand {

	String name();

	String description();

	/** Runs the command; returns the process exit status (0 is success). */
	int run(List<String> arguments, PrintStream out);
}
