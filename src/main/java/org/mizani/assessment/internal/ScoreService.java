package org.mizani.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.assessment.AssessmentId;
import org.mizani.assessment.CampaignId;
import org.mizani.assessment.ComplianceScores;
import org.mizani.assessment.ComplianceScores.AreaTitle;
import org.mizani.platform.Caller;
import org.mizani.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ScoreService implements ComplianceScores {

	private static final String ACCEPTED = """
			select a.id, a.institution_id, i.acronym, a.campaign_id, c.name, c.document_code, a.accepted_at, a.score
			from assessment a join assessment_campaign c on c.id = a.campaign_id join institution i on i.id = a.institution_id
			where a.status = 'ACCEPTED'
			""";

	private final JdbcClient jdbc;

	ScoreService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<AcceptedAssessment> history(UUID institution) {
		if (!Caller.require().canAccess(institution)) {
			throw new NotFoundException("institution");
		}
		return withAreas(jdbc.sql(ACCEPTED + " and a.institution_id = :i order by a.accepted_at").param("i", institution)
			.query((rs, n) -> row(rs)).list());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public Map<String, AreaTitle> areaTitles() {
		Map<String, AreaTitle> titles = new LinkedHashMap<>();
		jdbc.sql("""
				select a.code, a.title_sw, a.title_en from campaign_area a join assessment_campaign c on c.id = a.campaign_id
				order by c.created_at desc, a.position""")
			.query((rs, n) -> titles.putIfAbsent(rs.getString("code"),
					new AreaTitle(rs.getString("code"), rs.getString("title_sw"), rs.getString("title_en"))))
			.list();
		return titles;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<AcceptedAssessment> all() {
		Caller caller = Caller.require();
		UUID only = caller.authority() ? null : caller.institutionId() == null ? new UUID(0, 0) : caller.institutionId();
		List<AcceptedAssessment> rows = jdbc.sql(ACCEPTED + " and (cast(:only as uuid) is null or a.institution_id = :only) order by a.accepted_at")
			.param("only", only).query((rs, n) -> row(rs)).list();
		// every accepted assessment's areas in one join, rather than a list of thousands of ids
		Map<UUID, Map<String, BigDecimal>> areas = new HashMap<>();
		jdbc.sql("""
				select s.assessment_id, array_agg(s.area_code) as codes, array_agg(s.score) as scores
				from assessment_area_score s join assessment a on a.id = s.assessment_id
				where a.status = 'ACCEPTED' and (cast(:only as uuid) is null or a.institution_id = :only)
				group by s.assessment_id""").param("only", only)
			.query(rs -> {
				String[] codes = (String[]) rs.getArray("codes").getArray();
				BigDecimal[] values = (BigDecimal[]) rs.getArray("scores").getArray();
				Map<String, BigDecimal> byArea = new LinkedHashMap<>();
				for (int i = 0; i < codes.length; i++) {
					byArea.put(codes[i], values[i]);
				}
				areas.put(rs.getObject("assessment_id", UUID.class), byArea);
			});
		return withAreas(rows, areas);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<AcceptedAssessment> latest(@Nullable String documentCode) {
		Caller caller = Caller.require();
		UUID only = caller.authority() ? null : caller.institutionId();
		if (!caller.authority() && only == null) {
			return List.of();
		}
		return withAreas(jdbc.sql("select distinct on (x.institution_id) x.* from (" + ACCEPTED + """
				 and (cast(:document as varchar) is null or lower(c.document_code) = lower(:document))
				 and (cast(:only as uuid) is null or a.institution_id = :only)) x
				order by x.institution_id, x.accepted_at desc
				""").param("document", documentCode).param("only", only).query((rs, n) -> row(rs)).list());
	}

	@Override
	@PreAuthorize(Caller.AUTHORITY_STAFF)
	public ComplianceIndex index(@Nullable String documentCode) {
		List<AcceptedAssessment> latest = latest(documentCode);
		List<BigDecimal> scores = latest.stream().map(AcceptedAssessment::overall).filter(java.util.Objects::nonNull).toList();
		BigDecimal mean = scores.isEmpty() ? null
				: scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(scores.size()), 2,
						RoundingMode.HALF_UP);
		int active = jdbc.sql("select count(*) from institution where active").query(Integer.class).single();
		return new ComplianceIndex(mean, latest.size(), active);
	}

	private List<AcceptedAssessment> withAreas(List<AcceptedAssessment> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<UUID, Map<String, BigDecimal>> areas = new HashMap<>();
		jdbc.sql("""
				select s.assessment_id, s.area_code, s.score from assessment_area_score s
				where s.assessment_id in (select unnest(cast(:ids as uuid[])))
				""").param("ids", org.mizani.platform.SqlText.arrayLiteral(rows.stream().map(r -> r.assessment().toString()).toList()))
			.query((rs, n) -> areas.computeIfAbsent(rs.getObject("assessment_id", UUID.class), k -> new LinkedHashMap<>())
				.put(rs.getString("area_code"), rs.getBigDecimal("score")))
			.list();
		return withAreas(rows, areas);
	}

	private static List<AcceptedAssessment> withAreas(List<AcceptedAssessment> rows, Map<UUID, Map<String, BigDecimal>> areas) {
		return rows.stream().map(r -> new AcceptedAssessment(r.assessment(), r.institutionId(), r.institutionAcronym(),
				r.campaign(), r.campaignName(), r.documentCode(), r.acceptedAt(), r.overall(),
				areas.getOrDefault(r.assessment().value(), Map.of()))).toList();
	}

	private static AcceptedAssessment row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new AcceptedAssessment(new AssessmentId(rs.getObject("id", UUID.class)), rs.getObject("institution_id", UUID.class),
				rs.getString("acronym"), new CampaignId(rs.getObject("campaign_id", UUID.class)), rs.getString("name"),
				rs.getString("document_code"), org.mizani.platform.Rows.instant(rs, "accepted_at"), rs.getBigDecimal("score"), Map.of());
	}
}
