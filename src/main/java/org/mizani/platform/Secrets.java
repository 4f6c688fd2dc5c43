package org.mizani.platform;

/** Encrypts small secrets at rest (e.g. TOTP seeds) with the configured key. */
public interface Secrets {

	String encrypt(String plain);

	String decrypt(String sealed);
}
