package org.mizani.training.internal;

import static org.mizani.platform.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.training.FollowUpAnswers;
import org.mizani.training.FollowUpView;
import org.mizani.training.VisitForm;
import org.mizani.training.VisitView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Follow-ups, their scheduling and answers, programme follow-up settings, and visits. */
@Repository
class FollowUpRecords {

	private static final String SELECT = """
			select f.*, s.title, s.programme_id, i.acronym from training_follow_up f join training_session s on s.id = f.session_id
			join institution i on i.id = f.institution_id""";

	private final JdbcClient jdbc;

	FollowUpRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Due dates for every institution the completed session reached (an approved participant who attended a day). */
	int schedule(UUID session) {
		return jdbc.sql("""
				insert into training_follow_up (id, session_id, institution_id, months, due_on, status)
				select gen_random_uuid(), s.id, p.institution_id, m.months, s.ends_on + make_interval(months => m.months), 'DUE'
				from training_session s join training_programme g on g.id = s.programme_id
				cross join unnest(g.follow_up_months) as m(months)
				join (select distinct p.institution_id, p.session_id from training_participant p
				      where p.status = 'APPROVED' and exists (select 1 from training_attendance a where a.participant_id = p.id
				      and a.mark in ('PRESENT', 'LATE'))) p on p.session_id = s.id
				where s.id = :s
				on conflict do nothing
				""").param("s", session).update();
	}

	List<FollowUpView> list(@Nullable UUID programme, @Nullable UUID institution) {
		return jdbc.sql(SELECT + " where 1=1" + (programme == null ? "" : " and s.programme_id = :p")
				+ (institution == null ? "" : " and f.institution_id = :i") + " order by f.due_on, i.acronym")
			.param("p", programme == null ? new UUID(0, 0) : programme).param("i", institution == null ? new UUID(0, 0) : institution)
			.query(FollowUpRecords::map).list();
	}

	Optional<FollowUpView> find(UUID id) {
		return jdbc.sql(SELECT + " where f.id = :id").param("id", id).query(FollowUpRecords::map).optional();
	}

	boolean answer(UUID id, FollowUpAnswers answers, UUID by) {
		return jdbc.sql("""
				update training_follow_up set status = 'ANSWERED', answers = cast(:a as jsonb), answered_at = now(), answered_by = :by
				where id = :id and status = 'DUE'
				""").param("id", id).param("a", JsonMapper.shared().writeValueAsString(answers)).param("by", by).update() == 1;
	}

	/** Claims the follow-ups to announce or remind today: due and unanswered, not told for a week. */
	List<UUID> claimReminders(LocalDate today) {
		return jdbc.sql("""
				update training_follow_up set notified_on = :today
				where status = 'DUE' and due_on <= :today and (notified_on is null or notified_on <= cast(:today as date) - 7)
				returning id
				""").param("today", today).query(UUID.class).list();
	}

	/** E-mail addresses of the institution's participants in the session who attended. */
	List<String> trainedEmails(UUID session, UUID institution) {
		return jdbc.sql("""
				select distinct p.email from training_participant p where p.session_id = :s and p.institution_id = :i
				and p.status = 'APPROVED'""").param("s", session).param("i", institution).query(String.class).list();
	}

	String[] settings(UUID programme) {
		return jdbc.sql("select practices, challenges, array_to_string(follow_up_months, ',') as months from training_programme where id = :p")
			.param("p", programme).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).single();
	}

	void insertVisit(UUID id, UUID programme, VisitForm f, UUID by) {
		jdbc.sql("""
				insert into training_visit (id, programme_id, institution_id, visited_on, visitors, findings, rating, recorded_by)
				values (:id, :p, :i, :d, :v, :f, :r, :by)
				""").param("id", id).param("p", programme).param("i", f.institutionId()).param("d", f.visitedOn())
			.param("v", f.visitors().strip()).param("f", f.findings().strip()).param("r", f.rating()).param("by", by).update();
	}

	List<VisitView> visits(UUID programme, @Nullable UUID institution) {
		return jdbc.sql("""
				select v.*, i.acronym from training_visit v join institution i on i.id = v.institution_id where v.programme_id = :p
				""" + (institution == null ? "" : " and v.institution_id = :i") + " order by v.visited_on desc")
			.param("p", programme).param("i", institution == null ? new UUID(0, 0) : institution)
			.query((rs, n) -> new VisitView(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
					rs.getObject("institution_id", UUID.class), rs.getString("acronym"), rs.getObject("visited_on", LocalDate.class),
					rs.getString("visitors"), rs.getString("findings"), rs.getInt("rating"), visitActions(rs.getObject("id", UUID.class))))
			.list();
	}

	Optional<VisitView> visit(UUID id) {
		return jdbc.sql("select programme_id from training_visit where id = :id").param("id", id).query(UUID.class).optional()
			.flatMap(programme -> visits(programme, null).stream().filter(v -> v.id().equals(id)).findFirst());
	}

	void linkAction(UUID visit, UUID action, String title) {
		jdbc.sql("insert into training_visit_action (visit_id, action_id, action_title) values (:v, :a, :t)").param("v", visit)
			.param("a", action).param("t", title).update();
	}

	private List<VisitView.VisitAction> visitActions(UUID visit) {
		return jdbc.sql("select action_id, action_title from training_visit_action where visit_id = :v order by created_at")
			.param("v", visit).query((rs, n) -> new VisitView.VisitAction(rs.getObject("action_id", UUID.class),
					rs.getString("action_title")))
			.list();
	}

	private static FollowUpView map(ResultSet rs, int n) throws SQLException {
		String json = rs.getString("answers");
		return new FollowUpView(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class), rs.getString("title"),
				rs.getObject("programme_id", UUID.class), rs.getObject("institution_id", UUID.class), rs.getString("acronym"),
				rs.getInt("months"), rs.getObject("due_on", LocalDate.class), "ANSWERED".equals(rs.getString("status")),
				instant(rs, "answered_at"), json == null ? null : JsonMapper.shared().readValue(json, FollowUpAnswers.class));
	}

	static List<Integer> months(String text) {
		return text == null || text.isBlank() ? List.of(3, 6) : Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
	}
}
