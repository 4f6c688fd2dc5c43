package org.mizani.training.internal;

import org.mizani.platform.Measure;
import org.mizani.platform.Measure.Entry;
import org.mizani.platform.Measure.Figure;
import org.mizani.platform.Measure.Unit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the training module measures for plans and reports. An institution (or an officer) is
 * <em>trained</em> in a period when an approved participant of it attended at least one day of a
 * session, not cancelled, that started in the period — the rule of the programme's plan progress.
 */
@Configuration(proxyBeanMethods = false)
class TrainingMeasures {

	private static final String REACHED = """
			from training_participant p
			join training_session s on s.id = p.session_id
			join institution i on i.id = p.institution_id
			where p.status = 'APPROVED' and s.status <> 'CANCELLED' and s.starts_on >= :from and s.starts_on < :until
			  and exists (select 1 from training_attendance a where a.participant_id = p.id and a.mark in ('PRESENT', 'LATE'))
			""";

	@Bean
	Measure institutionsTrained(JdbcClient jdbc) {
		return Measure.of("training.institutions-trained", Unit.COUNT,
				period -> Figure.ofCount(jdbc.sql("select count(distinct p.institution_id) " + REACHED)
					.param("from", period.from()).param("until", period.until()).query(Long.class).single()),
				(period, limit) -> jdbc.sql("""
						select i.id, i.acronym, i.name_sw, i.name_en, min(s.starts_on) as first_day
						""" + REACHED + " group by i.id, i.acronym, i.name_sw, i.name_en order by i.acronym limit :limit")
					.param("from", period.from()).param("until", period.until()).param("limit", limit)
					.query((rs, n) -> new Entry(rs.getString("acronym") + " — " + rs.getString("name_sw"), rs.getString("acronym") + " — " + rs.getString("name_en"),
							rs.getObject("first_day", java.time.LocalDate.class).toString(), true, null,
							"/institutions/" + rs.getObject("id") + "/profile"))
					.list());
	}

	@Bean
	Measure officersTrained(JdbcClient jdbc) {
		return Measure.of("training.officers-trained", Unit.COUNT,
				period -> Figure.ofCount(jdbc.sql("select count(distinct p.id) " + REACHED)
					.param("from", period.from()).param("until", period.until()).query(Long.class).single()),
				(period, limit) -> jdbc.sql("select p.full_name, i.acronym, s.id as session_id, s.title, s.starts_on " + REACHED
						+ " order by s.starts_on, i.acronym, p.full_name limit :limit")
					.param("from", period.from()).param("until", period.until()).param("limit", limit)
					.query((rs, n) -> new Entry(rs.getString("full_name") + " (" + rs.getString("acronym") + ")", rs.getString("full_name") + " (" + rs.getString("acronym") + ")",
							rs.getObject("starts_on", java.time.LocalDate.class) + " · " + rs.getString("title"), true, null,
							"/training/sessions/" + rs.getObject("session_id")))
					.list());
	}

	/** Follow-ups that fell due in the period, and how many of them the institution answered. */
	@Bean
	Measure followUpsAnswered(JdbcClient jdbc) {
		return Measure.of("training.follow-ups-answered", Unit.PERCENT,
				period -> jdbc.sql("""
						select count(*) filter (where answered_at is not null) as answered, count(*) as due
						from training_follow_up where due_on >= :from and due_on < :until""")
					.param("from", period.from()).param("until", period.until())
					.query((rs, n) -> Figure.ofShare(rs.getLong("answered"), rs.getLong("due"))).single(),
				(period, limit) -> jdbc.sql("""
						select f.id, f.due_on, f.months, f.answered_at is not null as answered, i.acronym, i.name_sw, i.name_en
						from training_follow_up f join institution i on i.id = f.institution_id
						where f.due_on >= :from and f.due_on < :until order by f.due_on, i.acronym limit :limit""")
					.param("from", period.from()).param("until", period.until()).param("limit", limit)
					.query((rs, n) -> new Entry(rs.getString("acronym") + " — " + rs.getString("name_sw"), rs.getString("acronym") + " — " + rs.getString("name_en"),
							rs.getObject("due_on", java.time.LocalDate.class) + " · +" + rs.getInt("months"), rs.getBoolean("answered"),
							rs.getBoolean("answered") ? "measure.entry.answered" : "measure.entry.not-answered",
							"/training/follow-ups/" + rs.getObject("id")))
					.list());
	}

	/** Of the challenges named in follow-ups answered in the period, how many are reported solved. */
	@Bean
	Measure challengesSolved(JdbcClient jdbc) {
		return Measure.of("training.challenges-solved", Unit.PERCENT,
				period -> jdbc.sql("""
						select count(*) filter (where c.value = 'SOLVED') as solved, count(*) as named
						from training_follow_up f, jsonb_each_text(coalesce(f.answers -> 'challenges', '{}'::jsonb)) c
						where f.answered_at >= :start and f.answered_at < :end""")
					.param("start", period.start()).param("end", period.end())
					.query((rs, n) -> Figure.ofShare(rs.getLong("solved"), rs.getLong("named"))).single(),
				(period, limit) -> jdbc.sql("""
						select f.id, i.acronym, i.name_sw, i.name_en, c.key as challenge, c.value as outcome
						from training_follow_up f join institution i on i.id = f.institution_id,
						  jsonb_each_text(coalesce(f.answers -> 'challenges', '{}'::jsonb)) c
						where f.answered_at >= :start and f.answered_at < :end
						order by i.acronym, c.key limit :limit""")
					.param("start", period.start()).param("end", period.end()).param("limit", limit)
					.query((rs, n) -> new Entry(rs.getString("acronym") + " — " + rs.getString("name_sw"), rs.getString("acronym") + " — " + rs.getString("name_en"),
							rs.getString("challenge"), "SOLVED".equals(rs.getString("outcome")),
							"training.follow-up.outcome." + rs.getString("outcome"), "/training/follow-ups/" + rs.getObject("id")))
					.list());
	}
}
