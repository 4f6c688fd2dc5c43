package org.mizani.assessment.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import static org.mizani.platform.Rows.blankToNull;
import static org.mizani.platform.Rows.instant;
import org.mizani.assessment.AssessmentId;
import org.mizani.assessment.AssessmentStatus;
import org.mizani.assessment.CampaignForm;
import org.mizani.assessment.CampaignId;
import org.mizani.assessment.CampaignRow;
import org.mizani.assessment.CampaignStatus;
import org.mizani.assessment.CampaignView;
import org.mizani.assessment.LateRule;
import org.mizani.assessment.OverviewQuery;
import org.mizani.catalog.CatalogVersionView;
import org.mizani.institution.InstitutionType;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.SqlText;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Campaigns, their frozen requirements, and the overview of their assessments. */
@Repository
class Campaigns {

	private static final String SELECT = """
			select c.*,
			  (select count(*) from campaign_requirement q where q.campaign_id = c.id) as requirement_count,
			  (select count(*) from assessment a where a.campaign_id = c.id) as assessment_count
			from assessment_campaign c
			""";

	/** The scope as stored (jsonb). */
	record Scope(Set<InstitutionType> types, List<String> sectors, List<String> regions, @Nullable UUID parent,
			List<UUID> institutions) {
	}

	/** A requirement frozen into a campaign. */
	record FrozenRequirement(UUID requirementId, String code, String displayCode, String areaCode,
			@Nullable String titleSw, String titleEn, @Nullable String statementSw, @Nullable String statementEn,
			BigDecimal weight, boolean mandatory, List<String> applicability, int position) {
	}

	record Area(String code, @Nullable String titleSw, String titleEn, int position) {
	}

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;

	Campaigns(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	List<CampaignView> all() {
		return jdbc.sql(SELECT + " order by c.opens_on desc, lower(c.name)").query(Campaigns::map).list();
	}

	Optional<CampaignView> find(UUID id) {
		return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(Campaigns::map).optional();
	}

	boolean nameTaken(String name, @Nullable UUID except) {
		return jdbc.sql("select count(*) from assessment_campaign where lower(name) = lower(:name) and id <> :id")
			.param("name", name.strip()).param("id", except == null ? new UUID(0, 0) : except).query(Long.class)
			.single() > 0;
	}

	void insert(UUID id, CampaignForm form, Scope scope, CatalogVersionView version, UUID createdBy) {
		jdbc.sql("""
				insert into assessment_campaign (id, name, document_id, version_id, document_code, document_title_sw,
				  document_title_en, version_label, scope, opens_on, deadline, instructions_sw, instructions_en, late_rule,
				  status, created_by)
				values (:id, :name, :document, :version, :code, :titleSw, :titleEn, :label, cast(:scope as jsonb), :opens,
				  :deadline, :instructionsSw, :instructionsEn, :lateRule, 'DRAFT', :createdBy)
				""").param("id", id).param("name", form.name().strip()).param("document", version.documentId().value())
			.param("version", version.id().value()).param("code", version.documentCode())
			.param("titleSw", version.documentTitleSw()).param("titleEn", version.documentTitleEn())
			.param("label", version.label()).param("scope", JsonMapper.shared().writeValueAsString(scope))
			.param("opens", form.opensOn()).param("deadline", form.deadline())
			.param("instructionsSw", blankToNull(form.instructionsSw()))
			.param("instructionsEn", blankToNull(form.instructionsEn())).param("lateRule", form.lateRule().name())
			.param("createdBy", createdBy).update();
	}

	boolean update(UUID id, CampaignForm form, Scope scope, long expectedVersion) {
		return jdbc.sql("""
				update assessment_campaign set name = :name, scope = cast(:scope as jsonb), opens_on = :opens,
				  deadline = :deadline, instructions_sw = :instructionsSw, instructions_en = :instructionsEn,
				  late_rule = :lateRule, version = version + 1, updated_at = now()
				where id = :id and version = :version and status = 'DRAFT'
				""").param("id", id).param("name", form.name().strip())
			.param("scope", JsonMapper.shared().writeValueAsString(scope)).param("opens", form.opensOn())
			.param("deadline", form.deadline()).param("instructionsSw", blankToNull(form.instructionsSw()))
			.param("instructionsEn", blankToNull(form.instructionsEn())).param("lateRule", form.lateRule().name())
			.param("version", expectedVersion).update() == 1;
	}

	void freeze(UUID campaign, List<Area> areas, List<FrozenRequirement> requirements) {
		batch.batchUpdate("""
				insert into campaign_area (campaign_id, code, title_sw, title_en, position)
				values (:campaign, :code, :titleSw, :titleEn, :position)
				""", areas.stream().map(a -> new MapSqlParameterSource().addValue("campaign", campaign)
			.addValue("code", a.code()).addValue("titleSw", a.titleSw()).addValue("titleEn", a.titleEn())
			.addValue("position", a.position())).toArray(MapSqlParameterSource[]::new));
		batch.batchUpdate("""
				insert into campaign_requirement (campaign_id, requirement_id, code, display_code, area_code, title_sw,
				  title_en, statement_sw, statement_en, weight, mandatory, applicability, position)
				values (:campaign, :id, :code, :display, :area, :titleSw, :titleEn, :statementSw, :statementEn, :weight,
				  :mandatory, cast(:applicability as varchar[]), :position)
				""", requirements.stream().map(r -> new MapSqlParameterSource().addValue("campaign", campaign)
			.addValue("id", r.requirementId()).addValue("code", r.code()).addValue("display", r.displayCode())
			.addValue("area", r.areaCode()).addValue("titleSw", r.titleSw()).addValue("titleEn", r.titleEn())
			.addValue("statementSw", r.statementSw()).addValue("statementEn", r.statementEn())
			.addValue("weight", r.weight()).addValue("mandatory", r.mandatory())
			.addValue("applicability", SqlText.arrayLiteral(r.applicability())).addValue("position", r.position()))
			.toArray(MapSqlParameterSource[]::new));
	}

	List<Area> areas(UUID campaign) {
		return jdbc.sql("select * from campaign_area where campaign_id = :c order by position").param("c", campaign)
			.query((rs, n) -> new Area(rs.getString("code"), rs.getString("title_sw"), rs.getString("title_en"),
					rs.getInt("position")))
			.list();
	}

	Scope scope(UUID campaign) {
		return JsonMapper.shared().readValue(jdbc.sql("select scope::text from assessment_campaign where id = :id")
			.param("id", campaign).query(String.class).single(), Scope.class);
	}

	/** Claims a draft for launching; only one caller (on any node) wins. */
	boolean startLaunch(UUID campaign, int institutions, UUID by) {
		return jdbc.sql("""
				update assessment_campaign set status = 'LAUNCHING', launch_total = :total, launch_done = 0,
				  launch_error = null, launched_by = :by, version = version + 1, updated_at = now()
				where id = :id and status = 'DRAFT'
				""").param("id", campaign).param("total", institutions).param("by", by).update() == 1;
	}

	void progress(UUID campaign, int done) {
		jdbc.sql("update assessment_campaign set launch_done = :done, updated_at = now() where id = :id").param("id", campaign)
			.param("done", done).update();
	}

	void launched(UUID campaign) {
		jdbc.sql("""
				update assessment_campaign set status = 'OPEN', launched_at = now(), version = version + 1, updated_at = now()
				where id = :id and status = 'LAUNCHING'
				""").param("id", campaign).update();
	}

	/** A launch that failed or was cut off (a crash) returns to draft; its assessments were rolled back with it. */
	void launchFailed(UUID campaign, String error) {
		jdbc.sql("""
				update assessment_campaign set status = 'DRAFT', launch_done = 0, launch_error = :error,
				  version = version + 1, updated_at = now()
				where id = :id and status = 'LAUNCHING'
				""").param("id", campaign).param("error", error.length() > 200 ? error.substring(0, 200) : error)
			.update();
	}

	List<UUID> interruptedLaunches() {
		return jdbc.sql("select id from assessment_campaign where status = 'LAUNCHING'").query(UUID.class).list();
	}

	boolean close(UUID campaign) {
		return jdbc.sql("""
				update assessment_campaign set status = 'CLOSED', version = version + 1, updated_at = now()
				where id = :id and status = 'OPEN'
				""").param("id", campaign).update() == 1;
	}

	/** Creates the assessments of a batch of institutions and one response per applicable requirement. */
	void createAssessments(UUID campaign, LocalDate deadline, Map<UUID, InstitutionType> institutions) {
		batch.batchUpdate("""
				insert into assessment (id, campaign_id, institution_id, institution_type, status, deadline)
				values (:id, :campaign, :institution, :type, 'NOT_STARTED', :deadline)
				""", institutions.entrySet().stream().map(e -> new MapSqlParameterSource().addValue("id", UUID.randomUUID())
			.addValue("campaign", campaign).addValue("institution", e.getKey()).addValue("type", e.getValue().name())
			.addValue("deadline", deadline)).toArray(MapSqlParameterSource[]::new));
		jdbc.sql("""
				insert into assessment_response (id, assessment_id, requirement_id, area_code, position)
				select gen_random_uuid(), a.id, q.requirement_id, q.area_code, q.position
				from assessment a join campaign_requirement q on q.campaign_id = a.campaign_id
				  and (cardinality(q.applicability) = 0 or a.institution_type = any(q.applicability))
				where a.campaign_id = :campaign and a.institution_id = any(cast(:ids as uuid[]))
				""").param("campaign", campaign)
			.param("ids", SqlText.arrayLiteral(institutions.keySet().stream().map(UUID::toString).toList())).update();
	}

	PageResult<CampaignRow> overview(UUID campaign, OverviewQuery query, Paging paging) {
		StringBuilder where = new StringBuilder(" where a.campaign_id = :campaign");
		Map<String, Object> params = new HashMap<>();
		params.put("campaign", campaign);
		if (query.status() != null) {
			where.append(" and a.status = :status");
			params.put("status", query.status().name());
		}
		if (query.late() != null) {
			where.append(" and a.late = :late");
			params.put("late", query.late());
		}
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" and (i.acronym ilike :text or i.name_en ilike :text or i.name_sw ilike :text)");
			params.put("text", SqlText.containing(query.text()));
		}
		long total = jdbc.sql("select count(*) from assessment a join institution i on i.id = a.institution_id" + where)
			.params(params).query(Long.class).single();
		List<CampaignRow> rows = jdbc.sql("""
				select a.*, i.acronym, i.name_sw, i.name_en, n.answered, n.total
				from assessment a join institution i on i.id = a.institution_id
				cross join lateral (select count(r.result) as answered, count(*) as total
				  from assessment_response r where r.assessment_id = a.id) n
				""" + where + " order by lower(i.acronym) limit :limit offset :offset").params(params)
			.param("limit", paging.size()).param("offset", paging.offset())
			.query((rs, n) -> new CampaignRow(new AssessmentId(rs.getObject("id", UUID.class)),
					rs.getObject("institution_id", UUID.class), rs.getString("acronym"), rs.getString("name_sw"),
					rs.getString("name_en"), AssessmentStatus.valueOf(rs.getString("status")),
					rs.getObject("deadline", LocalDate.class), rs.getBoolean("late"), rs.getInt("answered"),
					rs.getInt("total"), rs.getBigDecimal("score"), instant(rs, "submitted_at")))
			.list();
		return new PageResult<>(rows, paging.page(), paging.size(), total);
	}

	Map<AssessmentStatus, Long> statusCounts(UUID campaign) {
		Map<AssessmentStatus, Long> counts = new EnumMap<>(AssessmentStatus.class);
		for (AssessmentStatus s : AssessmentStatus.values()) {
			counts.put(s, 0L);
		}
		jdbc.sql("select status, count(*) as n from assessment where campaign_id = :c group by status")
			.param("c", campaign)
			.query((rs, n) -> counts.put(AssessmentStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
		return counts;
	}

	/** Assessments of the campaign not yet submitted (for reminders), as assessment id → institution id. */
	Map<UUID, UUID> notSubmitted(UUID campaign) {
		Map<UUID, UUID> result = new HashMap<>();
		jdbc.sql("""
				select id, institution_id from assessment
				where campaign_id = :c and status in ('NOT_STARTED', 'IN_PROGRESS', 'RETURNED')
				""").param("c", campaign)
			.query((rs, n) -> result.put(rs.getObject("id", UUID.class), rs.getObject("institution_id", UUID.class)))
			.list();
		return result;
	}

	void reminded(Set<UUID> assessments) {
		if (!assessments.isEmpty()) {
			jdbc.sql("update assessment set reminded_at = now() where id in (select unnest(cast(:ids as uuid[])))")
				.param("ids", SqlText.arrayLiteral(assessments.stream().map(UUID::toString).toList())).update();
		}
	}

	private static CampaignView map(ResultSet rs, int n) throws SQLException {
		Scope scope = JsonMapper.shared().readValue(rs.getString("scope"), Scope.class);
		return new CampaignView(new CampaignId(rs.getObject("id", UUID.class)), rs.getString("name"),
				rs.getObject("document_id", UUID.class), rs.getObject("version_id", UUID.class),
				rs.getString("document_code"), rs.getString("document_title_sw"), rs.getString("document_title_en"),
				rs.getString("version_label"), scope.types() == null ? EnumSet.noneOf(InstitutionType.class) : scope.types(),
				scope.sectors() == null ? List.of() : scope.sectors(), scope.regions() == null ? List.of() : scope.regions(),
				scope.parent(), scope.institutions() == null ? List.of() : scope.institutions(),
				rs.getObject("opens_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
				rs.getString("instructions_sw"), rs.getString("instructions_en"), LateRule.valueOf(rs.getString("late_rule")),
				CampaignStatus.valueOf(rs.getString("status")), rs.getInt("launch_total"), rs.getInt("launch_done"),
				rs.getString("launch_error"), instant(rs, "launched_at"), rs.getInt("requirement_count"),
				rs.getInt("assessment_count"), rs.getLong("version"));
	}
}
