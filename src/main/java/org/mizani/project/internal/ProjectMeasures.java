package org.mizani.project.internal;

import java.time.OffsetDateTime;

import org.mizani.platform.Measure;
import org.mizani.platform.Measure.Entry;
import org.mizani.platform.Measure.Figure;
import org.mizani.platform.Measure.Unit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the project module measures for plans and reports: of the projects decided in the period, those
 * decided by the review clock's due date (of their last submission).
 */
@Configuration(proxyBeanMethods = false)
class ProjectMeasures {

	private static final String DECIDED = """
			from project p join institution i on i.id = p.institution_id
			where p.decided_at >= :start and p.decided_at < :end and p.review_due is not null
			""";

	@Bean
	Measure reviewedOnTime(JdbcClient jdbc) {
		return Measure.of("project.reviewed-on-time", Unit.PERCENT,
				period -> jdbc.sql("select count(*) filter (where (p.decided_at at time zone 'Africa/Dar_es_Salaam')::date"
						+ " <= p.review_due) as on_time, count(*) as decided " + DECIDED)
					.param("start", period.start()).param("end", period.end())
					.query((rs, n) -> Figure.ofShare(rs.getLong("on_time"), rs.getLong("decided"))).single(),
				(period, limit) -> jdbc.sql("""
						select p.id, p.reference, p.title_sw, p.title_en, p.decided_at, p.review_due, i.acronym,
						  (p.decided_at at time zone 'Africa/Dar_es_Salaam')::date <= p.review_due as on_time
						""" + DECIDED + " order by on_time, p.decided_at limit :limit")
					.param("start", period.start()).param("end", period.end()).param("limit", limit)
					.query((rs, n) -> {
						String reference = rs.getString("reference") == null ? "" : rs.getString("reference") + " — ";
						return new Entry(reference + rs.getString("title_sw"), reference + rs.getString("title_en"),
								rs.getString("acronym") + " · " + rs.getObject("decided_at", OffsetDateTime.class).toLocalDate() + " / "
										+ rs.getObject("review_due", java.time.LocalDate.class),
								rs.getBoolean("on_time"), rs.getBoolean("on_time") ? "measure.entry.on-time" : "measure.entry.late",
								"/projects/" + rs.getObject("id"));
					})
					.list());
	}
}
