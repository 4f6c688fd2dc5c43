package org.mizani.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
		Set<String> words = new HashSet<>();
		try (var in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("common-passwords.txt is missing");
			}
			new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new PasswordPolicy(words);
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
