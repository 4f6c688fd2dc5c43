package org.mizani.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets handed to users (links, API tokens, recovery codes) and their stored hashes. */
final class Tokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Tokens() {
	}

	static String random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static boolean looksValid(String token) {
		return token != null && token.length() >= 20 && token.length() <= 100 && token.matches("[A-Za-z0-9_-]+");
	}

	/**
	 * A recovery code like {@code 7KQ2-M9XD-4TRW-HN3C-8PZA-2MEV-K5QD}: 28 characters of a 32-letter
	 * alphabet without look-alikes, 140 bits of randomness, so that its SHA-256 needs no salt or slow
	 * hash to resist guessing (OWASP ASVS 5.0 asks for 112 bits there, 128 for secrets in general);
	 * in groups of four for typing.
	 */
	static String recoveryCode() {
		String alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 28; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return code.toString();
	}

	/** As typed (any case, with or without dashes and spaces) to the form it is stored in; codes of 8 are from before 2026-11-29. */
	static String normalizeRecoveryCode(String code) {
		String compact = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "").replace(" ", "");
		if (compact.length() != 8 && compact.length() != 24 && compact.length() != 28) {
			return compact;
		}
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < compact.length(); i++) {
			if (i > 0 && i % 4 == 0) {
				grouped.append('-');
			}
			grouped.append(compact.charAt(i));
		}
		return grouped.toString();
	}

	static String sha256(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
