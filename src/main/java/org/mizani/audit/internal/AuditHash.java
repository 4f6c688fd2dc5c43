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
		StringBuilder canonical = new StringBuilder();
		field(canonical, Long.toString(e.seq()));
		field(canonical, e.id().toString());
		field(canonical, e.occurredAt().toString());
		field(canonical, Objects.toString(e.actorId(), ""));
		field(canonical, e.actorName());
		field(canonical, Objects.toString(e.actorInstitutionId(), ""));
		field(canonical, e.action());
		field(canonical, e.entityType());
		field(canonical, e.entityId());
		field(canonical, Objects.toString(e.institutionId(), ""));
		field(canonical, Objects.toString(e.requestId(), ""));
		field(canonical, Objects.toString(e.clientAddress(), ""));
		field(canonical, e.summary());
		field(canonical, e.previousHash());
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
