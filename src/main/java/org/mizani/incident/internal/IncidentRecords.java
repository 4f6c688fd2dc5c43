package org.mizani.incident.internal;

import static org.mizani.platform.Rows.instant;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.incident.EntryView;
import org.mizani.incident.IncidentFileView;
import org.mizani.incident.IncidentId;
import org.mizani.incident.IndicatorKind;
import org.mizani.incident.IndicatorView;
import org.mizani.incident.StageView;
import org.mizani.incident.TaskView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What hangs off an incident: tasks, timeline entries, indicators, files and reporting stages. */
@Repository
class IncidentRecords {

	private final JdbcClient jdbc;

	IncidentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Tasks

	List<TaskView> tasks(UUID incident) {
		return jdbc.sql("""
				select t.* from incident_task t
				where t.incident_id = :i order by t.done_at nulls first, t.due_on nulls last, t.created_at
				""").param("i", incident)
			.query((rs, n) -> new TaskView(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getObject("owner_id", UUID.class), null, rs.getObject("due_on", LocalDate.class),
					"DONE".equals(rs.getString("status"))))
			.list();
	}

	void insertTask(UUID id, UUID incident, String title, @Nullable UUID owner, @Nullable LocalDate due) {
		jdbc.sql("insert into incident_task (id, incident_id, title, owner_id, due_on, status) values (:id, :i, :t, :o, :d, 'OPEN')")
			.param("id", id).param("i", incident).param("t", title).param("o", owner).param("d", due).update();
	}

	boolean completeTask(UUID incident, UUID task) {
		return jdbc.sql("update incident_task set status = 'DONE', done_at = now() where id = :t and incident_id = :i and status = 'OPEN'")
			.param("t", task).param("i", incident).update() == 1;
	}

	// Timeline, comments and transitions

	List<EntryView> entries(UUID incident, boolean withInternal) {
		return jdbc.sql("""
				select e.* from incident_entry e
				where e.incident_id = :i and (:internal or not e.internal) order by e.occurred_at, e.created_at
				""").param("i", incident).param("internal", withInternal)
			.query((rs, n) -> new EntryView(rs.getObject("id", UUID.class), EntryView.Kind.valueOf(rs.getString("kind")),
					rs.getString("body"), rs.getBoolean("internal"), instant(rs, "occurred_at"),
					rs.getObject("author_id", UUID.class), ""))
			.list();
	}

	void insertEntry(UUID incident, EntryView.Kind kind, String body, boolean internal, Instant occurredAt, UUID author) {
		jdbc.sql("""
				insert into incident_entry (id, incident_id, kind, body, internal, occurred_at, author_id)
				values (:id, :i, :k, :b, :internal, :at, :a)
				""").param("id", UUID.randomUUID()).param("i", incident).param("k", kind.name()).param("b", body)
			.param("internal", internal).param("at", Timestamp.from(occurredAt)).param("a", author).update();
	}

	// Indicators

	/** The indicator's id, adding it to the shared list the first time it is seen. */
	UUID indicator(IndicatorKind kind, String value) {
		jdbc.sql("insert into indicator (id, kind, value) values (:id, :k, :v) on conflict (kind, value) do nothing")
			.param("id", UUID.randomUUID()).param("k", kind.name()).param("v", value).update();
		return jdbc.sql("select id from indicator where kind = :k and value = :v").param("k", kind.name()).param("v", value)
			.query(UUID.class).single();
	}

	boolean link(UUID incident, UUID indicator, @Nullable String note) {
		return jdbc.sql("""
				insert into incident_indicator (incident_id, indicator_id, note) values (:i, :d, :n) on conflict do nothing
				""").param("i", incident).param("d", indicator).param("n", note).update() == 1;
	}

	boolean unlink(UUID incident, UUID indicator) {
		return jdbc.sql("delete from incident_indicator where incident_id = :i and indicator_id = :d").param("i", incident)
			.param("d", indicator).update() == 1;
	}

	void copyIndicators(UUID from, UUID to) {
		jdbc.sql("""
				insert into incident_indicator (incident_id, indicator_id, note)
				select :to, indicator_id, note from incident_indicator where incident_id = :from on conflict do nothing
				""").param("from", from).param("to", to).update();
		jdbc.sql("insert into incident_system (incident_id, system_id) select :to, system_id from incident_system where incident_id = :from on conflict do nothing")
			.param("from", from).param("to", to).update();
	}

	/** The incident's indicators; {@code visibleSql} limits the other incidents listed to those the viewer may see. */
	List<IndicatorView> indicators(UUID incident, String visibleSql, java.util.Map<String, Object> params) {
		List<IndicatorView> list = new ArrayList<>();
		jdbc.sql("""
				select d.id, d.kind, d.value, l.note, l.added_at from incident_indicator l join indicator d on d.id = l.indicator_id
				where l.incident_id = :i order by d.kind, d.value
				""").param("i", incident).query((rs, n) -> list.add(new IndicatorView(rs.getObject("id", UUID.class),
						IndicatorKind.valueOf(rs.getString("kind")), rs.getString("value"), rs.getString("note"),
						instant(rs, "added_at"), new ArrayList<>())))
			.list();
		for (IndicatorView view : list) {
			jdbc.sql("""
					select x.id, x.reference, i.acronym from incident_indicator l join incident x on x.id = l.incident_id
					join institution i on i.id = x.institution_id
					where l.indicator_id = :d and x.id <> :i""" + visibleSql + " order by x.created_at desc limit 20")
				.params(params).param("d", view.id()).param("i", incident)
				.query((rs, n) -> view.alsoSeenIn().add(new IndicatorView.Sighting(new IncidentId(rs.getObject("id", UUID.class)),
						rs.getString("reference"), rs.getString("acronym"))))
				.list();
		}
		return list;
	}

	// Files

	void insertFile(UUID id, UUID incident, String sha256, String filename, String mediaType, long size, UUID by) {
		jdbc.sql("""
				insert into incident_file (id, incident_id, sha256, filename, media_type, size_bytes, uploaded_by)
				values (:id, :i, :sha, :name, :type, :size, :by)
				""").param("id", id).param("i", incident).param("sha", sha256).param("name", filename).param("type", mediaType)
			.param("size", size).param("by", by).update();
	}

	List<IncidentFileView> files(UUID incident) {
		return jdbc.sql("select * from incident_file where incident_id = :i order by uploaded_at").param("i", incident)
			.query(IncidentRecords::file).list();
	}

	Optional<IncidentFileView> file(UUID id) {
		return jdbc.sql("select * from incident_file where id = :id").param("id", id).query(IncidentRecords::file).optional();
	}

	private static IncidentFileView file(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new IncidentFileView(rs.getObject("id", UUID.class), new IncidentId(rs.getObject("incident_id", UUID.class)),
				rs.getString("sha256"), rs.getString("filename"), rs.getString("media_type"), rs.getLong("size_bytes"),
				instant(rs, "uploaded_at"));
	}

	// Reporting stages

	List<StageView> stages(UUID incident) {
		return jdbc.sql("select * from incident_stage where incident_id = :i order by position").param("i", incident)
			.query((rs, n) -> new StageView(rs.getString("code"), rs.getInt("position"), instant(rs, "due_at"),
					instant(rs, "submitted_at"), rs.getString("report"),
					rs.getString("review") == null ? null : StageView.StageReview.valueOf(rs.getString("review")),
					rs.getString("review_comment"), instant(rs, "reviewed_at")))
			.list();
	}

	void insertStage(UUID incident, String code, int position, Instant due) {
		jdbc.sql("insert into incident_stage (incident_id, code, position, due_at) values (:i, :c, :p, :d)")
			.param("i", incident).param("c", code).param("p", position).param("d", Timestamp.from(due)).update();
	}

	void redue(UUID incident, String code, Instant due) {
		jdbc.sql("update incident_stage set due_at = :d where incident_id = :i and code = :c and submitted_at is null")
			.param("i", incident).param("c", code).param("d", Timestamp.from(due)).update();
	}

	boolean submitStage(UUID incident, String code, String report, UUID by) {
		return jdbc.sql("""
				update incident_stage set report = :r, submitted_by = :by,
				  submitted_at = coalesce(submitted_at, now()), review = null, review_comment = null, reviewed_at = null
				where incident_id = :i and code = :c and (submitted_at is null or review = 'REVISION_REQUIRED')
				""").param("i", incident).param("c", code).param("r", report).param("by", by).update() == 1;
	}

	boolean reviewStage(UUID incident, String code, StageView.StageReview review, @Nullable String comment) {
		return jdbc.sql("""
				update incident_stage set review = :r, review_comment = :c2, reviewed_at = now()
				where incident_id = :i and code = :c and submitted_at is not null
				""").param("i", incident).param("c", code).param("r", review.name()).param("c2", comment).update() == 1;
	}

	/** Stages not sent stop counting when the incident is dismissed (rejected, a duplicate, merged). */
	void cancelOpenStages(UUID incident) {
		jdbc.sql("delete from incident_stage where incident_id = :i and submitted_at is null").param("i", incident).update();
	}
}
