package org.mizani.incident.internal;

import org.mizani.platform.Measure;
import org.mizani.platform.Measure.Entry;
import org.mizani.platform.Measure.Figure;
import org.mizani.platform.Measure.Unit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the incident module measures for plans and reports. An incident's reporting was on time when
 * every reporting stage that has fallen due (or was sent) was sent by its deadline; incidents with no
 * stage due yet are left out rather than counted either way.
 */
@Configuration(proxyBeanMethods = false)
class IncidentMeasures {

	private static final String JUDGED = """
			select x.id, x.reference, x.title, x.created_at, i.acronym,
			  bool_and(s.submitted_at is not null and s.submitted_at <= s.due_at) as on_time, count(*) as stages
			from incident x
			join institution i on i.id = x.institution_id
			join incident_stage s on s.incident_id = x.id and (s.submitted_at is not null or s.due_at < now())
			where x.created_at >= :start and x.created_at < :end
			group by x.id, x.reference, x.title, x.created_at, i.acronym
			""";

	@Bean
	Measure reportingOnTime(JdbcClient jdbc) {
		return Measure.of("incident.reporting-on-time", Unit.PERCENT,
				period -> jdbc.sql("select count(*) filter (where on_time) as on_time, count(*) as judged from (" + JUDGED + ") j")
					.param("start", period.start()).param("end", period.end())
					.query((rs, n) -> Figure.ofShare(rs.getLong("on_time"), rs.getLong("judged"))).single(),
				(period, limit) -> jdbc.sql("select * from (" + JUDGED + ") j order by on_time, created_at limit :limit")
					.param("start", period.start()).param("end", period.end()).param("limit", limit)
					.query((rs, n) -> new Entry(rs.getString("reference") + " — " + rs.getString("title"), rs.getString("reference") + " — " + rs.getString("title"),
							rs.getString("acronym") + " · " + rs.getObject("created_at", java.time.OffsetDateTime.class).toLocalDate(),
							rs.getBoolean("on_time"), rs.getBoolean("on_time") ? "measure.entry.on-time" : "measure.entry.late",
							"/incidents/" + rs.getObject("id")))
					.list());
	}

	/** Incidents reported in the period. */
	@Bean
	Measure incidentsReported(JdbcClient jdbc) {
		return Measure.of("incident.reported", Unit.COUNT,
				period -> Figure.ofCount(jdbc.sql("select count(*) from incident where created_at >= :start and created_at < :end")
					.param("start", period.start()).param("end", period.end()).query(Long.class).single()),
				(period, limit) -> jdbc.sql("""
						select x.id, x.reference, x.title, x.severity, x.created_at, i.acronym
						from incident x join institution i on i.id = x.institution_id
						where x.created_at >= :start and x.created_at < :end order by x.created_at limit :limit""")
					.param("start", period.start()).param("end", period.end()).param("limit", limit)
					.query((rs, n) -> new Entry(rs.getString("reference") + " — " + rs.getString("title"), rs.getString("reference") + " — " + rs.getString("title"),
							rs.getString("acronym") + " · " + rs.getObject("created_at", java.time.OffsetDateTime.class).toLocalDate(),
							true, "incident.severity." + rs.getString("severity"), "/incidents/" + rs.getObject("id")))
					.list());
	}
}
