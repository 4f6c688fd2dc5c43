package org.mizani.reporting.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.mizani.platform.CliCommand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar mizani.jar generate-reference-data [--seed=N] [--scale=F] [--prefix=REF]}: writes the
 * national reference data set ({@link ReferenceData}) into the configured database, in one transaction:
 * all of it or, on any error, nothing.
 */
@Component
class ReferenceDataCommand implements CliCommand {

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final PasswordEncoder passwords;

	ReferenceDataCommand(JdbcClient jdbc, TransactionTemplate transaction, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.passwords = passwords;
	}

	@Override
	public String name() {
		return "generate-reference-data";
	}

	@Override
	public String description() {
		return "Write the national reference data set (1,000 institutions, 1.2 million responses, 50,000 incidents, …): "
				+ "--seed=N --scale=F --prefix=REF";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		long seed = 2026;
		double scale = 1.0;
		String prefix = "REF";
		for (String argument : arguments) {
			String[] pair = argument.split("=", 2);
			try {
				switch (pair[0]) {
					case "--seed" -> seed = Long.parseLong(pair[1]);
					case "--scale" -> scale = Double.parseDouble(pair[1]);
					case "--prefix" -> prefix = pair[1];
					default -> {
						out.println("Unknown option " + argument + "; use --seed=N --scale=F --prefix=REF");
						return 2;
					}
				}
			}
			catch (RuntimeException e) {
				out.println("Cannot read " + argument + "; use --seed=N --scale=F --prefix=REF");
				return 2;
			}
		}
		if (scale <= 0 || scale > 10 || !prefix.matches("[A-Z][A-Z0-9]{1,9}")) {
			out.println("The scale must be above 0 and at most 10, the prefix 2 to 10 capital letters or digits");
			return 2;
		}
		ReferenceData data = new ReferenceData(jdbc, seed, prefix, scale);
		if (data.exists()) {
			out.println("Institutions named " + prefix + "-… exist already: choose another --prefix or another database");
			return 2;
		}
		out.printf("Generating the reference data set: %,d institutions, seed %d, prefix %s%n", data.institutions(), seed, prefix);
		long start = System.nanoTime();
		String hash = passwords.encode(ReferenceData.PASSWORD);
		Map<String, Long> rows = transaction.execute(status -> data.generate(hash, out::println));
		out.printf("Done in %.1f s: %,d rows written. Users sign in with the password %s.%n", (System.nanoTime() - start) / 1e9,
				rows.values().stream().mapToLong(Long::longValue).sum(), ReferenceData.PASSWORD);
		return 0;
	}
}
