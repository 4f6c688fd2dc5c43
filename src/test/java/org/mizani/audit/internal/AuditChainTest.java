package org.mizani.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.audit.AuditEntry;
import org.mizani.audit.ChainVerification;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

	private static List<AuditEntry> chain(int length) {
		List<AuditEntry> entries = new ArrayList<>();
		String previous = AuditHash.GENESIS;
		for (int i = 1; i <= length; i++) {
			AuditEntry unsigned = new AuditEntry(i, UUID.randomUUID(), Instant.parse("2026-11-28T10:00:00Z").plusSeconds(i),
					UUID.randomUUID(), "user" + i + "@ega.go.tz", null, "institution.updated", "institution",
					UUID.randomUUID().toString(), UUID.randomUUID(), "req-" + i, "127.0.0.1", "change " + i, previous, "");
			AuditEntry signed = new AuditEntry(unsigned.seq(), unsigned.id(), unsigned.occurredAt(), unsigned.actorId(),
					unsigned.actorName(), unsigned.actorInstitutionId(), unsigned.action(), unsigned.entityType(),
					unsigned.entityId(), unsigned.institutionId(), unsigned.requestId(), unsigned.clientAddress(),
					unsigned.summary(), previous, AuditHash.of(unsigned));
			entries.add(signed);
			previous = signed.hash();
		}
		return entries;
	}

	private static ChainVerification verify(List<AuditEntry> entries) {
		AuditService.ChainVerifier verifier = new AuditService.ChainVerifier();
		entries.forEach(verifier::check);
		AuditEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
		return verifier.finish(new AuditEntries.Head(last == null ? 0 : last.seq(), last == null ? AuditHash.GENESIS : last.hash()));
	}

	@Test
	void anUntouchedChainIsIntact() {
		assertThat(verify(chain(5))).isEqualTo(new ChainVerification(true, 5, null, null));
	}

	@Test
	void anAlteredSummaryIsReportedAtThatEntry() {
		List<AuditEntry> entries = chain(5);
		AuditEntry e = entries.get(2);
		entries.set(2, new AuditEntry(e.seq(), e.id(), e.occurredAt(), e.actorId(), e.actorName(), e.actorInstitutionId(),
				e.action(), e.entityType(), e.entityId(), e.institutionId(), e.requestId(), e.clientAddress(),
				"nothing happened", e.previousHash(), e.hash()));
		ChainVerification result = verify(entries);
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(3);
		assertThat(result.problem()).isEqualTo("audit.verify.altered");
	}

	@Test
	void aDeletedEntryIsReportedWhereTheGapIs() {
		List<AuditEntry> entries = chain(5);
		entries.remove(1);
		ChainVerification result = verify(entries);
		assertThat(result.firstBrokenSeq()).isEqualTo(2);
		assertThat(result.problem()).isEqualTo("audit.verify.missing");
	}

	@Test
	void removingTheNewestEntriesIsDetectedThroughTheHead() {
		List<AuditEntry> entries = chain(5);
		AuditService.ChainVerifier verifier = new AuditService.ChainVerifier();
		entries.subList(0, 3).forEach(verifier::check);
		ChainVerification result = verifier.finish(new AuditEntries.Head(5, entries.get(4).hash()));
		assertThat(result.intact()).isFalse();
		assertThat(result.problem()).isEqualTo("audit.verify.truncated");
	}

	@Test
	void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
		AuditEntry a = chain(1).get(0);
		AuditEntry shifted = new AuditEntry(a.seq(), a.id(), a.occurredAt(), a.actorId(), a.actorName() + "|x",
				a.actorInstitutionId(), a.action(), a.entityType(), a.entityId(), a.institutionId(), a.requestId(),
				a.clientAddress(), a.summary(), a.previousHash(), "");
		assertThat(AuditHash.of(shifted)).isNotEqualTo(a.hash());
	}

	@Test
	void csvCellsThatSpreadsheetsWouldRunAsFormulasAreDefused() {
		assertThat(org.mizani.platform.TabularFile.csvSafe("=HYPERLINK(\"http://evil\")")).startsWith("'=");
		assertThat(org.mizani.platform.TabularFile.csvSafe("+254")).isEqualTo("'+254");
		assertThat(org.mizani.platform.TabularFile.csvSafe("normal text")).isEqualTo("normal text");
	}
}
