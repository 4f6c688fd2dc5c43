package org.mizani.platform;

/**
 * Encrypts small secrets at rest (e.g. TOTP seeds) with the configured key. Secrets sealed under a
 * previous key (listed while a key is being replaced) still open; {@link #reseal} moves them to the
 * current key.
 */
public interface Secrets {

	String encrypt(String plain);

	String decrypt(String sealed);

	/** Whether the current key opens it (a secret sealed under a previous key needs {@link #reseal}). */
	boolean sealedWithCurrentKey(String sealed);

	/** The same secret sealed under the current key; throws when no key opens it. */
	default String reseal(String sealed) {
		return sealedWithCurrentKey(sealed) ? sealed : encrypt(decrypt(sealed));
	}
}
