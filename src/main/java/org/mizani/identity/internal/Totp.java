package org.mizani.identity.internal;

import java.time.Clock;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps, one step of clock
 * drift either way), as every authenticator app understands them.
 */
final class Totp {

	static final int PERIOD_SECONDS = 30;
	private static final int DIGITS = 6;

	private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
	private final Clock clock;

	Totp(Clock clock) {
		this.clock = clock;
	}

	static String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	/** The QR code an authenticator app scans, as a {@code data:} URI for an {@code img}. */
	static String qrCode(String secret, String account, String issuer) {
		QrData data = new QrData.Builder().label(account).secret(secret).issuer(issuer)
			.algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
		try {
			ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
			generator.setImageSize(220);
			return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
		}
		catch (QrGenerationException e) {
			throw new IllegalStateException("Cannot draw the QR code", e);
		}
	}

	/** The time step whose code matches, or -1. Codes that are not 6 digits never match. */
	long matchingStep(String secret, String code) {
		if (code == null || !code.strip().matches("\\d{6}")) {
			return -1;
		}
		String given = code.strip();
		long current = clock.instant().getEpochSecond() / PERIOD_SECONDS;
		for (long step = current - 1; step <= current + 1; step++) {
			try {
				if (constantTimeEquals(generator.generate(secret, step), given)) {
					return step;
				}
			}
			catch (CodeGenerationException e) {
				return -1;
			}
		}
		return -1;
	}

	/** The code of the current time step, or of a step {@code offset} steps away. */
	String code(String secret, int offset) {
		try {
			return generator.generate(secret, clock.instant().getEpochSecond() / PERIOD_SECONDS + offset);
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean constantTimeEquals(String a, String b) {
		return java.security.MessageDigest.isEqual(a.getBytes(), b.getBytes());
	}
}
