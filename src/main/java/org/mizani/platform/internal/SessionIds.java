package org.mizani.platform.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.session.SessionIdGenerator;
import org.springframework.stereotype.Component;

/**
 * Browser session ids: 256 bits from the operating system's secure random source, in base64url (a
 * UUID, Spring Session's default, holds only 122 random bits; OWASP ASVS 5.0 asks for 128 or more).
 * Changed at every sign-in, as before.
 */
@Component
class SessionIds implements SessionIdGenerator {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	public String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
