package org.mizani.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What makes a password acceptable. Follows NIST SP 800-63B §5.1.1.2: length over composition
 * rules (at least 12 characters here), refuse known-common passwords and ones built from the
 * user's own identifiers; no forced character classes.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;
	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy(Set<String> common) {
		this.common = common;
	}

	static PasswordPolicy withBuiltInList() {
		try (var in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("common-passwords.txt is missing");
			}
			Set<String> words = new HashSet<>();
			read(in, words);
			return new PasswordPolicy(words);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The built-in list and the deployment's own ({@code MIZANI_PASSWORD_DENYLIST}: a UTF-8 file, one
	 * password per line, {@code #} for comments — for example the most common passwords from a source the
	 * authority may use), at most {@link #MAX_LISTED} entries.
	 */
	static PasswordPolicy withBuiltInListAnd(Path denylist) {
		PasswordPolicy builtIn = withBuiltInList();
		Set<String> words = new HashSet<>(builtIn.common);
		try (InputStream in = Files.newInputStream(denylist)) {
			read(in, words);
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read the password deny-list " + denylist + ": " + e.getMessage(), e);
		}
		return new PasswordPolicy(words);
	}

	static final int MAX_LISTED = 5_000_000;

	private static void read(InputStream in, Set<String> words) {
		new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
			.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#") && l.length() <= MAX_LENGTH)
			.forEach(l -> {
				if (words.size() >= MAX_LISTED) {
					throw new IllegalStateException("The password deny-list holds more than " + MAX_LISTED + " entries");
				}
				words.add(l.toLowerCase(Locale.ROOT));
			});
	}

	/** Message codes of every rule the password breaks; empty when it is acceptable. */
	List<String> check(String password, String email, String fullName) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			problems.add("password.policy.length");
			return problems;
		}
		if (password.length() > MAX_LENGTH) {
			problems.add("password.policy.too-long");
			return problems;
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower) || common.contains(stripDigitsAndSymbols(lower)) || isRepetitive(lower)) {
			problems.add("password.policy.common");
		}
		if (containsIdentity(lower, email, fullName)) {
			problems.add("password.policy.personal");
		}
		return problems;
	}

	private static boolean containsIdentity(String password, String email, String fullName) {
		List<String> parts = new ArrayList<>();
		if (email != null && !email.isBlank()) {
			String lowerEmail = email.toLowerCase(Locale.ROOT);
			parts.add(lowerEmail);
			String local = lowerEmail.contains("@") ? lowerEmail.substring(0, lowerEmail.indexOf('@')) : lowerEmail;
			parts.add(local);
			for (String piece : local.split("[._+-]")) {
				parts.add(piece);
			}
		}
		if (fullName != null) {
			parts.add(fullName.toLowerCase(Locale.ROOT).replace(" ", ""));
			for (String piece : fullName.toLowerCase(Locale.ROOT).split("\\s+")) {
				parts.add(piece);
			}
		}
		return parts.stream().filter(p -> p.length() >= 3).anyMatch(password::contains);
	}

	/** "Password2024!" is as weak as "password". */
	private static String stripDigitsAndSymbols(String password) {
		return password.replaceAll("[^\\p{L}]", "");
	}

	private static final String[] SEQUENCES = { "01234567890123456789", "abcdefghijklmnopqrstuvwxyz",
			"qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm" };

	/** Few distinct characters ("aaaa…", "abab…") or a run along the keyboard or alphabet ("123456789012"). */
	private static boolean isRepetitive(String password) {
		if (password.chars().distinct().count() <= 3) {
			return true;
		}
		String reversed = new StringBuilder(password).reverse().toString();
		for (String sequence : SEQUENCES) {
			String twice = sequence + sequence;
			if (twice.contains(password) || twice.contains(reversed)) {
				return true;
			}
		}
		return false;
	}
}
