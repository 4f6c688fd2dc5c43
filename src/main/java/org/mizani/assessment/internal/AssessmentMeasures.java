package org.mizani.assessment.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.mizani.platform.Measure;
import org.mizani.platform.Measure.Entry;
import org.mizani.platform.Measure.Figure;
import org.mizani.platform.Measure.Unit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the assessment module measures for plans and reports, from accepted assessments. */
@Configuration(proxyBeanMethods = false)
class AssessmentMeasures {

	/** Each institution's latest assessment accepted before the end of the period, with its score. */
	private static final String LATEST = """
			select distinct on (a.institution_id) a.id, a.institution_id, a.score, a.accepted_at, i.acronym, i.name_sw, i.name_en
			from assessment a join institution i on i.id = a.institution_id
			where a.status = 'ACCEPTED' and a.accepted_at < :end and a.score is not null
			order by a.institution_id, a.accepted_at desc
			""";

	/** Of the institutions active now, those with an assessment accepted in the period. */
	@Bean
	Measure acceptedAssessmentShare(JdbcClient jdbc) {
		return Measure.of("assessment.accepted-share", Unit.PERCENT,
				period -> jdbc.sql("""
						select count(*) filter (where exists (select 1 from assessment a where a.institution_id = i.id
						  and a.status = 'ACCEPTED' and a.accepted_at >= :start and a.accepted_at < :end)) as accepted,
						  count(*) as institutions
						from institution i where i.active""")
					.param("start", period.start()).param("end", period.end())
					.query((rs, n) -> Figure.ofShare(rs.getLong("accepted"), rs.getLong("institutions"))).single(),
				(period, limit) -> jdbc.sql("""
						select i.id, i.acronym, i.name_sw, i.name_en, a.id as assessment_id, a.accepted_at
						from institution i left join lateral (select id, accepted_at from assessment a where a.institution_id = i.id
						  and a.status = 'ACCEPTED' and a.accepted_at >= :start and a.accepted_at < :end
						  order by a.accepted_at desc limit 1) a on true
						where i.active order by (a.id is null), i.acronym limit :limit""")
					.param("start", period.start()).param("end", period.end()).param("limit", limit)
					.query((rs, n) -> {
						Object assessment = rs.getObject("assessment_id");
						OffsetDateTime accepted = rs.getObject("accepted_at", OffsetDateTime.class);
						return new Entry(rs.getString("acronym") + " — " + rs.getString("name_sw"), rs.getString("acronym") + " — " + rs.getString("name_en"),
								accepted == null ? "" : accepted.toLocalDate().toString(), assessment != null,
								assessment != null ? "measure.entry.accepted" : "measure.entry.none",
								assessment != null ? "/assessments/" + assessment : "/institutions/" + rs.getObject("id") + "/profile");
					})
					.list());
	}

	/** The national compliance index at the end of the period: the mean of each institution's latest accepted score. */
	@Bean
	Measure complianceIndex(JdbcClient jdbc) {
		return Measure.of("assessment.compliance-index", Unit.INDEX,
				period -> jdbc.sql("select avg(score) as mean, count(*) as institutions from (" + LATEST + ") latest")
					.param("end", period.end())
					.query((rs, n) -> Figure.ofScore(rs.getBigDecimal("mean"), rs.getLong("institutions"))).single(),
				(period, limit) -> jdbc.sql("select * from (" + LATEST + ") latest order by score, acronym limit :limit")
					.param("end", period.end()).param("limit", limit)
					.query((rs, n) -> {
						BigDecimal score = rs.getBigDecimal("score");
						return new Entry(rs.getString("acronym") + " — " + rs.getString("name_sw"), rs.getString("acronym") + " — " + rs.getString("name_en"),
								score.stripTrailingZeros().toPlainString() + " % · "
										+ rs.getObject("accepted_at", OffsetDateTime.class).toLocalDate(),
								true, null, "/assessments/" + rs.getObject("id"));
					})
					.list());
	}
}
