package org.mizani.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.mizani.platform.Secrets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM with a key derived from {@code mizani.security.secret-key}; output is {@code v1:<base64>}.
 * While a key is being replaced, the keys it replaces ({@code mizani.security.previous-secret-keys},
 * comma-separated) still open what they sealed; everything new is sealed under the current key. GCM's
 * authentication tag tells which key sealed a value.
 */
@Component
class AesSecrets implements Secrets {

	private static final String PREFIX = "v1:";
	private static final int NONCE_BYTES = 12;

	private final SecretKeySpec key;
	private final List<SecretKeySpec> previousKeys;
	private final SecureRandom random = new SecureRandom();

	AesSecrets(String secretKey) {
		this(secretKey, "");
	}

	@Autowired
	AesSecrets(@Value("${mizani.security.secret-key}") String secretKey,
			@Value("${mizani.security.previous-secret-keys:}") String previousSecretKeys) {
		this.key = derived(secretKey);
		this.previousKeys = Arrays.stream(previousSecretKeys.split(",")).map(String::strip).filter(k -> !k.isEmpty())
			.filter(k -> !k.equals(secretKey)).map(AesSecrets::derived).toList();
	}

	private static SecretKeySpec derived(String secretKey) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secretKey.getBytes(StandardCharsets.UTF_8));
			return new SecretKeySpec(digest, "AES");
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public String encrypt(String plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[nonce.length + sealed.length];
			System.arraycopy(nonce, 0, out, 0, nonce.length);
			System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
			return PREFIX + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot encrypt", e);
		}
	}

	@Override
	public String decrypt(String sealed) {
		byte[] in = unwrapped(sealed);
		try {
			return opened(in, key);
		}
		catch (GeneralSecurityException e) {
			for (SecretKeySpec previous : previousKeys) {
				try {
					return opened(in, previous);
				}
				catch (GeneralSecurityException next) {
					// not this one either
				}
			}
			throw new IllegalStateException("Cannot decrypt: was the secret key changed?", e);
		}
	}

	@Override
	public boolean sealedWithCurrentKey(String sealed) {
		try {
			opened(unwrapped(sealed), key);
			return true;
		}
		catch (GeneralSecurityException e) {
			return false;
		}
	}

	private static byte[] unwrapped(String sealed) {
		if (!sealed.startsWith(PREFIX)) {
			throw new IllegalArgumentException("Unknown secret format");
		}
		return Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
	}

	private static String opened(byte[] in, SecretKeySpec with) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.DECRYPT_MODE, with, new GCMParameterSpec(128, in, 0, NONCE_BYTES));
		return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
	}
}
