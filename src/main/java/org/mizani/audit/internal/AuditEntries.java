package org.mizani.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.mizani.audit.AuditEntry;
import org.mizani.audit.AuditQuery;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.SqlText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditEntries {

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Head(long lastSeq, String lastHash) {
	}

	/** Locks the head of the chain for this transaction, so that entries are appended one at a time. */
	Head lockHead() {
		return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
	}

	Head head() {
		return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
	}

	/** The entry that recorded the event with this fingerprint, if one did. */
	Optional<AuditEntry> findByFingerprint(String fingerprint) {
		return jdbc.sql("select * from audit_entry where event_fingerprint = :f").param("f", fingerprint).query(AuditEntries::map)
			.optional();
	}

	void append(AuditEntry e, String fingerprint) {
		jdbc.sql("""
				insert into audit_entry (seq, id, occurred_at, actor_id, actor_name, actor_institution_id, action,
				  entity_type, entity_id, institution_id, request_id, client_address, summary, previous_hash, hash, event_fingerprint)
				values (:seq, :id, :at, :actorId, :actorName, :actorInstitution, :action, :entityType, :entityId,
				  :institution, :requestId, :client, :summary, :previous, :hash, :fingerprint)
				""")
			.param("seq", e.seq()).param("id", e.id()).param("at", OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC))
			.param("actorId", e.actorId()).param("actorName", e.actorName()).param("actorInstitution", e.actorInstitutionId())
			.param("action", e.action()).param("entityType", e.entityType()).param("entityId", e.entityId())
			.param("institution", e.institutionId()).param("requestId", e.requestId()).param("client", e.clientAddress())
			.param("summary", e.summary()).param("previous", e.previousHash()).param("hash", e.hash())
			.param("fingerprint", fingerprint).update();
		jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash where id = 1")
			.param("seq", e.seq()).param("hash", e.hash()).update();
	}

	PageResult<AuditEntry> search(AuditQuery query, Paging paging, ZoneId zone) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, zone, params);
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		List<AuditEntry> items = jdbc.sql("select * from audit_entry" + where + " order by seq desc limit :limit offset :offset")
			.params(params).param("limit", paging.size()).param("offset", paging.offset())
			.query(AuditEntries::map).list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	void stream(AuditQuery query, ZoneId zone, Consumer<AuditEntry> consumer) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, zone, params);
		try (var entries = jdbc.sql("select * from audit_entry" + where + " order by seq").params(params)
			.withFetchSize(500).query(AuditEntries::map).stream()) {
			entries.forEach(consumer);
		}
	}

	/** Every entry in chain order, streamed (for verification). */
	void streamAll(Consumer<AuditEntry> consumer) {
		try (var entries = jdbc.sql("select * from audit_entry order by seq").withFetchSize(1000)
			.query(AuditEntries::map).stream()) {
			entries.forEach(consumer);
		}
	}

	List<String> actions() {
		return jdbc.sql("select distinct action from audit_entry order by 1").query(String.class).list();
	}

	List<AuditEntry> history(String entityType, String entityId, int limit) {
		return jdbc.sql("select * from audit_entry where entity_type = :type and entity_id = :id order by seq desc limit :limit")
			.param("type", entityType).param("id", entityId).param("limit", limit).query(AuditEntries::map).list();
	}

	private static String where(AuditQuery q, ZoneId zone, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where 1=1");
		if (q.actor() != null && !q.actor().isBlank()) {
			where.append(" and actor_name ilike :actor");
			params.put("actor", SqlText.containing(q.actor()));
		}
		if (q.institutionId() != null) {
			where.append(" and (institution_id = :institution or actor_institution_id = :institution)");
			params.put("institution", q.institutionId());
		}
		if (q.action() != null && !q.action().isBlank()) {
			where.append(" and action = :action");
			params.put("action", q.action().strip());
		}
		if (q.from() != null) {
			where.append(" and occurred_at >= :from");
			params.put("from", start(q.from(), zone));
		}
		if (q.to() != null) {
			where.append(" and occurred_at < :to");
			params.put("to", start(q.to().plusDays(1), zone));
		}
		return where.toString();
	}

	private static OffsetDateTime start(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toOffsetDateTime();
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getObject("id", UUID.class),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", UUID.class),
				rs.getString("actor_name"), rs.getObject("actor_institution_id", UUID.class), rs.getString("action"),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getObject("institution_id", UUID.class),
				rs.getString("request_id"), rs.getString("client_address"), rs.getString("summary"),
				rs.getString("previous_hash"), rs.getString("hash"));
	}
}
