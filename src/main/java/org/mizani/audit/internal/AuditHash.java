package org.mizani.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import org.mizani.audit.AuditEntry;

/**
 * The hash of an audit entry: SHA-256 over a canonical encoding of every field (each prefixed by
 * its length, so that no two different entries encode alike) followed by the previous entry's hash.
 */
final class AuditHash {

	static final String GENESIS = "0".repeat(64);

	private AuditHash() {
	}

	static String of(AuditEntry e) {
		return digest(Long.toString(e.seq()), e.id().toString(), e.occurredAt().toString(), Objects.toString(e.actorId(), ""),
				e.actorName(), Objects.toString(e.actorInstitutionId(), ""), e.action(), e.entityType(), e.entityId(),
				Objects.toString(e.institutionId(), ""), Objects.toString(e.requestId(), ""), Objects.toString(e.clientAddress(), ""),
				e.summary(), e.previousHash());
	}

	/**
	 * What identifies the event an entry records, whatever its place in the chain: the same event
	 * delivered again has the same fingerprint (its time is its publication's, not its delivery's).
	 */
	static String fingerprint(AuditEntry e) {
		return digest(e.occurredAt().toString(), Objects.toString(e.actorId(), ""), e.actorName(),
				Objects.toString(e.actorInstitutionId(), ""), e.action(), e.entityType(), e.entityId(),
				Objects.toString(e.institutionId(), ""), Objects.toString(e.requestId(), ""), Objects.toString(e.clientAddress(), ""),
				e.summary());
	}

	private static String digest(String... fields) {
		StringBuilder canonical = new StringBuilder();
		for (String value : fields) {
			field(canonical, value);
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void field(StringBuilder out, String value) {
		out.append(value.length()).append(':').append(value).append('|');
	}
}
