package org.mizani.incident.internal;

import static org.mizani.platform.Rows.instant;
import static org.mizani.platform.Rows.integer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.mizani.incident.IncidentId;
import org.mizani.incident.IncidentQuery;
import org.mizani.incident.IncidentStatus;
import org.mizani.incident.IncidentView;
import org.mizani.incident.Severity;
import org.mizani.incident.TaxonomyEntry;
import org.mizani.incident.Tlp;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.SqlText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incidents with their affected systems and named people; the list applies {@link IncidentVisibility} in SQL. */
@Repository
class Incidents {

	private static final String FROM = """
			from incident x join institution i on i.id = x.institution_id
			left join incident r on r.id = x.related_to
			left join lateral (select min(s.due_at) as next_due, bool_or(s.due_at < now()) as overdue
			  from incident_stage s where s.incident_id = x.id and s.submitted_at is null) clock on true
			""";

	private static final String SELECT = "select x.*, i.acronym, i.sector, r.reference as related_reference, clock.next_due, "
			+ "coalesce(clock.overdue, false) as overdue " + FROM;

	private final JdbcClient jdbc;
	private final org.mizani.platform.ListCounts counts;

	Incidents(JdbcClient jdbc, org.mizani.platform.ListCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	Optional<IncidentView> find(UUID id) {
		return jdbc.sql(SELECT + " where x.id = :id").param("id", id).query(Incidents::map).optional();
	}

	Optional<UUID> idByReference(String reference) {
		return jdbc.sql("select id from incident where upper(reference) = upper(:r)").param("r", reference.strip())
			.query(UUID.class).optional();
	}

	/** The visibility rule as SQL, so that lists and counts never include what the caller may not see. */
	static String visible(IncidentVisibility viewer, Map<String, Object> params) {
		params.put("viewer", viewer.user());
		return switch (viewer.kind()) {
			case ANALYST -> " and true";
			case PARTNER -> {
				params.put("partner", viewer.institution());
				yield " and x.escalated_to = :partner";
			}
			case INSTITUTION -> {
				params.put("own", viewer.institution());
				yield " and x.institution_id = :own and (x.tlp not in ('RED', 'AMBER_STRICT') or x.reported_by = :viewer"
						+ " or exists (select 1 from incident_access a where a.incident_id = x.id and a.user_id = :viewer))";
			}
			case NONE -> " and false";
		};
	}

	private static String where(IncidentQuery query, IncidentVisibility viewer, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where 1=1").append(visible(viewer, params));
		if (query.institution() != null) {
			where.append(" and x.institution_id = :institution");
			params.put("institution", query.institution());
		}
		if (query.status() != null) {
			where.append(" and x.status = :status");
			params.put("status", query.status().name());
		}
		if (query.severity() != null) {
			where.append(" and x.severity = :severity");
			params.put("severity", query.severity().name());
		}
		if (query.classCode() != null && !query.classCode().isBlank()) {
			where.append(" and x.class_code = :class");
			params.put("class", query.classCode().strip());
		}
		if (query.system() != null) {
			where.append(" and exists (select 1 from incident_system s where s.incident_id = x.id and s.system_id = :system)");
			params.put("system", query.system());
		}
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" and (x.title ilike :text or x.reference ilike :text or i.acronym ilike :text)");
			params.put("text", SqlText.containing(query.text()));
		}
		if (query.flag() != null) {
			switch (query.flag()) {
				case OPEN -> where.append(" and x.status in ('REPORTED', 'TRIAGED', 'CONTAINED', 'ERADICATED', 'RECOVERED')");
				case OVERDUE -> where.append(" and exists (select 1 from incident_stage s where s.incident_id = x.id"
						+ " and s.submitted_at is null and s.due_at < now())");
				case ESCALATED -> where.append(" and x.escalated_to is not null");
				case UNASSIGNED -> where.append(" and x.assignee is null and x.status in ('REPORTED', 'TRIAGED', 'CONTAINED', 'ERADICATED', 'RECOVERED')");
				case MINE -> where.append(" and x.assignee = :viewer");
			}
		}
		return where.toString();
	}

	PageResult<IncidentView> search(IncidentQuery query, IncidentVisibility viewer, Paging paging) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, viewer, params);
		long total = counts.count(jdbc, "select count(*) from incident x join institution i on i.id = x.institution_id" + where, params);
		List<IncidentView> items = jdbc.sql(SELECT + where + " order by x.created_at desc, x.id limit :limit offset :offset")
			.params(params).param("limit", paging.size()).param("offset", paging.offset()).query(Incidents::map).list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	void each(IncidentQuery query, IncidentVisibility viewer, Consumer<IncidentView> consumer) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, viewer, params);
		jdbc.sql(SELECT + where + " order by x.created_at desc").params(params).withFetchSize(500)
			.query((ResultSet rs) -> {
				consumer.accept(map(rs, 0));
			});
	}

	String nextReference(int year) {
		long n = jdbc.sql("select nextval('incident_reference_seq')").query(Long.class).single();
		return "INC-" + year + "-" + String.format("%05d", n);
	}

	void insert(UUID id, String reference, UUID institution, UUID reporter, boolean onBehalf, String title, String description,
			Instant detected, @Nullable Instant started, String classCode, String typeCode, Severity severity, Tlp tlp,
			@Nullable String servicesDown, @Nullable Integer users, @Nullable Long records) {
		jdbc.sql("""
				insert into incident (id, reference, institution_id, reported_by, on_behalf, title, description, detected_at,
				  started_at, class_code, type_code, severity, tlp, services_down, users_affected, records_affected, status)
				values (:id, :reference, :institution, :reporter, :onBehalf, :title, :description, :detected, :started, :class,
				  :type, :severity, :tlp, :down, :users, :records, 'REPORTED')
				""").param("id", id).param("reference", reference).param("institution", institution).param("reporter", reporter)
			.param("onBehalf", onBehalf).param("title", title).param("description", description)
			.param("detected", java.sql.Timestamp.from(detected))
			.param("started", started == null ? null : java.sql.Timestamp.from(started)).param("class", classCode)
			.param("type", typeCode).param("severity", severity.name()).param("tlp", tlp.name()).param("down", servicesDown)
			.param("users", users).param("records", records).update();
	}

	boolean classify(UUID id, long version, String classCode, String typeCode, Severity severity, Tlp tlp,
			@Nullable UUID assignee, boolean triage) {
		return jdbc.sql("""
				update incident set class_code = :class, type_code = :type, severity = :severity, tlp = :tlp,
				  assignee = :assignee,
				  status = case when :triage and status = 'REPORTED' then 'TRIAGED' else status end,
				  triaged_at = case when :triage and triaged_at is null then now() else triaged_at end,
				  version = version + 1, updated_at = now()
				where id = :id and version = :v
				""").param("id", id).param("v", version).param("class", classCode).param("type", typeCode)
			.param("severity", severity.name()).param("tlp", tlp.name()).param("assignee", assignee).param("triage", triage)
			.update() == 1;
	}

	boolean transition(UUID id, long version, IncidentStatus to, @Nullable String rootCause, @Nullable String lessons,
			@Nullable UUID related) {
		String stamp = switch (to) {
			case TRIAGED -> ", triaged_at = coalesce(triaged_at, now())";
			case CONTAINED -> ", contained_at = now()";
			case ERADICATED -> ", eradicated_at = now()";
			case RECOVERED -> ", recovered_at = now()";
			case CLOSED, REJECTED, DUPLICATE, MERGED -> ", closed_at = now()";
			default -> "";
		};
		return jdbc.sql("update incident set status = :to, root_cause = coalesce(:rootCause, root_cause),"
				+ " lessons_learned = coalesce(:lessons, lessons_learned), related_to = coalesce(:related, related_to)" + stamp
				+ ", version = version + 1, updated_at = now() where id = :id and version = :v")
			.param("id", id).param("v", version).param("to", to.name()).param("rootCause", rootCause)
			.param("lessons", lessons).param("related", related).update() == 1;
	}

	boolean assign(UUID id, @Nullable UUID assignee) {
		return jdbc.sql("update incident set assignee = :a, version = version + 1, updated_at = now() where id = :id")
			.param("id", id).param("a", assignee).update() == 1;
	}

	boolean escalate(UUID id, UUID partner) {
		return jdbc.sql("""
				update incident set escalated_to = :p, escalated_at = now(), version = version + 1, updated_at = now()
				where id = :id and escalated_to is null
				""").param("id", id).param("p", partner).update() == 1;
	}

	void touch(UUID id) {
		jdbc.sql("update incident set version = version + 1, updated_at = now() where id = :id").param("id", id).update();
	}

	void linkSystems(UUID id, List<UUID> systems) {
		for (UUID system : systems) {
			jdbc.sql("insert into incident_system (incident_id, system_id) values (:i, :s) on conflict do nothing")
				.param("i", id).param("s", system).update();
		}
	}

	List<UUID> systems(UUID id) {
		return jdbc.sql("select system_id from incident_system where incident_id = :i").param("i", id).query(UUID.class).list();
	}

	List<UUID> named(UUID id) {
		return jdbc.sql("select user_id from incident_access where incident_id = :i").param("i", id).query(UUID.class).list();
	}

	void name(UUID id, UUID user) {
		jdbc.sql("insert into incident_access (incident_id, user_id) values (:i, :u) on conflict do nothing").param("i", id)
			.param("u", user).update();
	}

	boolean unname(UUID id, UUID user) {
		return jdbc.sql("delete from incident_access where incident_id = :i and user_id = :u").param("i", id).param("u", user)
			.update() == 1;
	}

	List<TaxonomyEntry> taxonomy(boolean activeOnly) {
		return jdbc.sql("select * from incident_taxonomy" + (activeOnly ? " where active" : "") + " order by position, class_code, type_code")
			.query((rs, n) -> new TaxonomyEntry(rs.getString("class_code"), rs.getString("type_code"), rs.getString("label_en"),
					rs.getString("label_sw"), rs.getInt("position"), rs.getBoolean("active")))
			.list();
	}

	void saveTaxonomy(TaxonomyEntry e) {
		jdbc.sql("""
				insert into incident_taxonomy (class_code, type_code, label_en, label_sw, position, active)
				values (:c, :t, :en, :sw, :p, :a)
				on conflict (class_code, type_code) do update set label_en = :en, label_sw = :sw, position = :p, active = :a
				""").param("c", e.classCode()).param("t", e.typeCode()).param("en", e.labelEn()).param("sw", e.labelSw())
			.param("p", e.position()).param("a", e.active()).update();
	}

	static IncidentView map(ResultSet rs, int n) throws SQLException {
		UUID related = rs.getObject("related_to", UUID.class);
		long records = rs.getLong("records_affected");
		Long recordsAffected = rs.wasNull() ? null : records;
		return new IncidentView(new IncidentId(rs.getObject("id", UUID.class)), rs.getString("reference"),
				rs.getObject("institution_id", UUID.class), rs.getString("acronym"), rs.getString("sector"),
				rs.getObject("reported_by", UUID.class), rs.getBoolean("on_behalf"), rs.getString("title"),
				rs.getString("description"), instant(rs, "detected_at"), instant(rs, "started_at"), rs.getString("class_code"),
				rs.getString("type_code"), Severity.valueOf(rs.getString("severity")), Tlp.valueOf(rs.getString("tlp")),
				rs.getString("services_down"), integer(rs, "users_affected"), recordsAffected,
				IncidentStatus.valueOf(rs.getString("status")), rs.getObject("assignee", UUID.class),
				related == null ? null : new IncidentId(related), rs.getString("related_reference"), rs.getString("root_cause"),
				rs.getString("lessons_learned"), rs.getObject("escalated_to", UUID.class), instant(rs, "escalated_at"),
				instant(rs, "triaged_at"), instant(rs, "contained_at"), instant(rs, "eradicated_at"),
				instant(rs, "recovered_at"), instant(rs, "closed_at"), instant(rs, "created_at"), instant(rs, "updated_at"),
				instant(rs, "next_due"), rs.getBoolean("overdue"), rs.getLong("version"));
	}
}
