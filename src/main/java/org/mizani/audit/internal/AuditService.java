package org.mizani.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mizani.audit.AuditEntry;
import org.mizani.audit.AuditQuery;
import org.mizani.audit.AuditTrail;
import org.mizani.audit.ChainVerification;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AuditService implements AuditTrail {

	static final List<String> CSV_COLUMNS = List.of("seq", "occurred_at", "actor", "actor_institution_id", "action",
			"entity_type", "entity_id", "institution_id", "request_id", "client_address", "summary", "hash");

	private final AuditEntries entries;
	private final ZoneId zone;

	AuditService(AuditEntries entries, @Value("${mizani.time-zone:Africa/Dar_es_Salaam}") String zone) {
		this.entries = entries;
		this.zone = ZoneId.of(zone);
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	public PageResult<AuditEntry> search(AuditQuery query, Paging paging) {
		return entries.search(query, paging, zone);
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	public void exportCsv(AuditQuery query, Writer out) {
		try {
			CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get());
			entries.stream(query, zone, e -> {
				try {
					csv.printRecord(e.seq(), e.occurredAt(), org.mizani.platform.TabularFile.csvSafe(e.actorName()), Objects.toString(e.actorInstitutionId(), ""),
							e.action(), e.entityType(), e.entityId(), Objects.toString(e.institutionId(), ""),
							Objects.toString(e.requestId(), ""), Objects.toString(e.clientAddress(), ""), org.mizani.platform.TabularFile.csvSafe(e.summary()),
							e.hash());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			csv.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	public ChainVerification verify() {
		return verifyChain();
	}

	/** Verification without a signed-in user, for the command line. */
	ChainVerification verifyChain() {
		ChainVerifier verifier = new ChainVerifier();
		entries.streamAll(verifier::check);
		return verifier.finish(entries.head());
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	public List<String> actions() {
		return entries.actions();
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<AuditEntry> history(String entityType, String entityId, int limit) {
		return entries.history(entityType, entityId, Math.min(Math.max(limit, 1), 200));
	}


	/** Walks the chain in order, remembering the first link that does not hold. */
	static final class ChainVerifier {

		private long expectedSeq = 1;
		private String previousHash = AuditHash.GENESIS;
		private long checked;
		private Long brokenAt;
		private String problem;

		void check(AuditEntry entry) {
			checked++;
			if (brokenAt != null) {
				return;
			}
			if (entry.seq() != expectedSeq) {
				fail(expectedSeq, "audit.verify.missing");
			}
			else if (!entry.previousHash().equals(previousHash)) {
				fail(entry.seq(), "audit.verify.link");
			}
			else if (!AuditHash.of(entry).equals(entry.hash())) {
				fail(entry.seq(), "audit.verify.altered");
			}
			expectedSeq = entry.seq() + 1;
			previousHash = entry.hash();
		}

		ChainVerification finish(AuditEntries.Head head) {
			if (brokenAt == null && (head.lastSeq() != expectedSeq - 1 || !head.lastHash().equals(previousHash))) {
				fail(expectedSeq, "audit.verify.truncated");
			}
			return new ChainVerification(brokenAt == null, checked, brokenAt, problem);
		}

		private void fail(long seq, String code) {
			brokenAt = seq;
			problem = code;
		}
	}
}
