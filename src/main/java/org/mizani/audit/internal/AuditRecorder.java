package org.mizani.audit.internal;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.mizani.audit.AuditEntry;
import org.mizani.platform.Actor;
import org.mizani.platform.AuditableEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Appends one chained entry per auditable event. Runs after the change committed, in its own
 * transaction; the event publication registry retries it if the application stops first. An event
 * delivered again — a node that died after this transaction committed but before the registry marked
 * the publication complete — is recognised by its fingerprint and not recorded twice.
 */
@Component
class AuditRecorder {

	static final int MAX_SUMMARY = 2_000;

	private final AuditEntries entries;

	AuditRecorder(AuditEntries entries) {
		this.entries = entries;
	}

	@ApplicationModuleListener
	void on(AuditableEvent event) {
		record(event);
	}

	/** The entry recording the event: a new one, or the one already recorded for this event. */
	AuditEntry record(AuditableEvent event) {
		AuditEntries.Head head = entries.lockHead();
		Actor actor = event.actor();
		String summary = event.summary().length() > MAX_SUMMARY ? event.summary().substring(0, MAX_SUMMARY) + "…"
				: event.summary();
		AuditEntry unsigned = new AuditEntry(head.lastSeq() + 1, UUID.randomUUID(),
				actor.at().truncatedTo(ChronoUnit.MICROS), actor.userId(), truncate(actor.name(), 254),
				actor.institutionId(), truncate(event.action(), 100), truncate(event.entityType(), 60),
				truncate(event.entityId(), 100), event.affectedInstitution(), truncate(actor.requestId(), 64),
				truncate(actor.clientAddress(), 64), summary, head.lastHash(), "");
		String fingerprint = AuditHash.fingerprint(unsigned);
		Optional<AuditEntry> recorded = entries.findByFingerprint(fingerprint);
		if (recorded.isPresent()) {
			return recorded.get();
		}
		AuditEntry entry = withHash(unsigned, AuditHash.of(unsigned));
		entries.append(entry, fingerprint);
		return entry;
	}

	private static AuditEntry withHash(AuditEntry e, String hash) {
		return new AuditEntry(e.seq(), e.id(), e.occurredAt(), e.actorId(), e.actorName(), e.actorInstitutionId(),
				e.action(), e.entityType(), e.entityId(), e.institutionId(), e.requestId(), e.clientAddress(), e.summary(),
				e.previousHash(), hash);
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}
}
