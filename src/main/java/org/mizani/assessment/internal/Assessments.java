package org.mizani.assessment.internal;

import static org.mizani.platform.Rows.blankToNull;
import static org.mizani.platform.Rows.instant;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.assessment.AreaProgress;
import org.mizani.assessment.AssessmentId;
import org.mizani.assessment.AssessmentStatus;
import org.mizani.assessment.CampaignId;
import org.mizani.assessment.CampaignStatus;
import org.mizani.assessment.AssessmentView;
import org.mizani.assessment.EvidenceFileView;
import org.mizani.assessment.EvidenceId;
import org.mizani.assessment.EvidenceView;
import org.mizani.assessment.LateRule;
import org.mizani.assessment.ResponseFilter;
import org.mizani.assessment.ResponseForm;
import org.mizani.assessment.ResponseId;
import org.mizani.assessment.ResponseView;
import org.mizani.assessment.Result;
import org.mizani.assessment.ReviewState;
import org.mizani.assessment.Score;
import org.mizani.assessment.TrendPoint;
import org.mizani.platform.SqlText;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assessments, their responses and evidence, and their scores. */
@Repository
class Assessments {

	private static final String SELECT = """
			select a.*, c.name as campaign_name, c.version_id, c.document_code, c.document_title_sw, c.document_title_en,
			  c.version_label, c.status as campaign_status, c.late_rule, c.instructions_sw, c.instructions_en,
			  i.acronym, i.name_sw, i.name_en,
			  (select count(r.result) from assessment_response r where r.assessment_id = a.id) as answered,
			  (select count(*) from assessment_response r where r.assessment_id = a.id) as total
			from assessment a join assessment_campaign c on c.id = a.campaign_id join institution i on i.id = a.institution_id
			""";

	private static final String RESPONSE_SELECT = """
			select r.*, a.institution_id, q.code, q.display_code, q.title_sw, q.title_en, q.statement_sw, q.statement_en,
			  q.weight, q.mandatory
			from assessment_response r join assessment a on a.id = r.assessment_id
			join campaign_requirement q on q.campaign_id = a.campaign_id and q.requirement_id = r.requirement_id
			""";

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;

	Assessments(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	Optional<AssessmentView> find(UUID id) {
		return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(Assessments::map).optional();
	}

	List<AssessmentView> ofInstitution(UUID institution) {
		return jdbc.sql(SELECT + " where a.institution_id = :i and c.status <> 'DRAFT' order by c.opens_on desc")
			.param("i", institution).query(Assessments::map).list();
	}

	/** Locks the assessment row for a change of its state (submission, review), so two of them queue. */
	void lock(UUID id) {
		jdbc.sql("select id from assessment where id = :id for update").param("id", id).query(UUID.class).optional();
	}

	List<AreaProgress> areas(UUID assessment) {
		return jdbc.sql("""
				select ar.code, ar.title_sw, ar.title_en, count(r.result) as answered, count(r.id) as total, s.score, s.maturity
				from assessment a join campaign_area ar on ar.campaign_id = a.campaign_id
				left join assessment_response r on r.assessment_id = a.id and r.area_code = ar.code
				left join assessment_area_score s on s.assessment_id = a.id and s.area_code = ar.code
				where a.id = :id
				group by ar.code, ar.title_sw, ar.title_en, ar.position, s.score, s.maturity
				having count(r.id) > 0
				order by ar.position
				""").param("id", assessment)
			.query((rs, n) -> new AreaProgress(rs.getString("code"), rs.getString("title_sw"), rs.getString("title_en"),
					rs.getInt("answered"), rs.getInt("total"), rs.getBigDecimal("score"), rs.getBigDecimal("maturity")))
			.list();
	}

	List<ResponseView> responses(UUID assessment, ResponseFilter filter, @Nullable UUID me) {
		StringBuilder where = new StringBuilder(" where r.assessment_id = :a");
		Map<String, Object> params = new HashMap<>();
		params.put("a", assessment);
		if (filter.area() != null && !filter.area().isBlank()) {
			where.append(" and r.area_code = :area");
			params.put("area", filter.area());
		}
		switch (filter.show()) {
			case UNANSWERED -> where.append(" and r.result is null");
			case MINE -> {
				where.append(" and r.assignee_id = :me");
				params.put("me", me == null ? new UUID(0, 0) : me);
			}
			case RETURNED -> where.append(" and r.review_state = 'MORE_EVIDENCE'");
			case GAPS -> where.append(" and coalesce(r.override_result, r.result) in ('NON_COMPLIANT', 'PARTIALLY_COMPLIANT')");
			case ALL -> {
			}
		}
		List<ResponseView> responses = jdbc.sql(RESPONSE_SELECT + where + " order by r.position").params(params)
			.query(Assessments::response).list();
		return withEvidence(responses);
	}

	Optional<ResponseView> response(UUID id) {
		return jdbc.sql(RESPONSE_SELECT + " where r.id = :id").param("id", id).query(Assessments::response).optional()
			.map(r -> withEvidence(List.of(r)).get(0));
	}

	/** Adds their evidence to responses of one assessment, read by the assessment's index in one query. */
	private List<ResponseView> withEvidence(List<ResponseView> responses) {
		if (responses.isEmpty()) {
			return responses;
		}
		Map<UUID, List<EvidenceView>> evidence = new HashMap<>();
		jdbc.sql("""
				select e.*, f.filename, f.media_type, f.size_bytes, f.sha256
				from response_evidence e join assessment_response r on r.id = e.response_id
				left join evidence_file f on f.id = e.evidence_file_id
				where r.assessment_id = :a order by e.added_at
				""").param("a", responses.get(0).assessmentId().value())
			.query((rs, n) -> evidence.computeIfAbsent(rs.getObject("response_id", UUID.class), k -> new ArrayList<>())
				.add(new EvidenceView(rs.getObject("id", UUID.class),
						rs.getObject("evidence_file_id") == null ? null
								: new EvidenceId(rs.getObject("evidence_file_id", UUID.class)),
						rs.getString("url"), rs.getString("title"), rs.getString("filename"), rs.getString("media_type"),
						rs.getLong("size_bytes"), rs.getString("sha256"), instant(rs, "added_at"))))
			.list();
		return responses.stream().map(r -> r.withEvidence(evidence.getOrDefault(r.id().value(), List.of()))).toList();
	}

	/** Saves an answer when the stored version is still the one the editor had. */
	boolean save(UUID response, ResponseForm form, UUID by) {
		return jdbc.sql("""
				update assessment_response set result = :result, maturity = :maturity, notes = :notes,
				  justification = :justification, assignee_id = :assignee, answered_by = :by,
				  answered_at = case when cast(:result as varchar) is null then null else now() end, version = version + 1
				where id = :id and version = :version
				""").param("id", response).param("result", form.result() == null ? null : form.result().name())
			.param("maturity", form.maturity()).param("notes", blankToNull(form.notes()))
			.param("justification", blankToNull(form.justification())).param("assignee", form.assigneeId())
			.param("by", by).param("version", form.version()).update() == 1;
	}

	int bulkSet(UUID assessment, List<UUID> responses, Result result, @Nullable String justification, UUID by) {
		return jdbc.sql("""
				update assessment_response set result = :result,
				  justification = coalesce(:justification, justification), answered_by = :by, answered_at = now(),
				  version = version + 1
				where assessment_id = :a and id in (select unnest(cast(:ids as uuid[])))
				""").param("a", assessment).param("result", result.name()).param("justification", justification)
			.param("by", by).param("ids", SqlText.arrayLiteral(responses.stream().map(UUID::toString).toList()))
			.update();
	}

	/** Moves the assessment from "not started" to "in progress" on its first answer. */
	void started(UUID assessment) {
		jdbc.sql("""
				update assessment set status = 'IN_PROGRESS', version = version + 1, updated_at = now()
				where id = :id and status = 'NOT_STARTED'
				""").param("id", assessment).update();
	}

	List<String> unansweredMandatory(UUID assessment) {
		return jdbc.sql(RESPONSE_SELECT + " where r.assessment_id = :a and q.mandatory and r.result is null order by r.position")
			.param("a", assessment).query((rs, n) -> rs.getString("display_code")).list();
	}

	List<String> unjustifiedNotApplicable(UUID assessment) {
		return jdbc.sql(RESPONSE_SELECT + """
				 where r.assessment_id = :a and r.result = 'NOT_APPLICABLE'
				   and coalesce(trim(r.justification), '') = '' order by r.position
				""").param("a", assessment).query((rs, n) -> rs.getString("display_code")).list();
	}

	boolean submit(UUID assessment, long version, UUID by, boolean late) {
		boolean done = jdbc.sql("""
				update assessment set status = 'SUBMITTED', submitted_at = now(), submitted_by = :by, late = late or :late,
				  version = version + 1, updated_at = now()
				where id = :id and version = :version and status in ('NOT_STARTED', 'IN_PROGRESS', 'RETURNED')
				""").param("id", assessment).param("version", version).param("by", by).param("late", late).update() == 1;
		if (done) {
			jdbc.sql("update assessment_response set review_state = 'PENDING' where assessment_id = :a and review_state = 'MORE_EVIDENCE'")
				.param("a", assessment).update();
		}
		return done;
	}

	boolean review(UUID response, ReviewState state, @Nullable Result override, @Nullable String comment, UUID by,
			long version) {
		return jdbc.sql("""
				update assessment_response set review_state = :state, override_result = :override,
				  override_reason = case when :state = 'OVERRIDDEN' then cast(:comment as text) else null end,
				  review_comment = :comment, reviewed_by = :by, reviewed_at = now(), version = version + 1
				where id = :id and version = :version
				""").param("id", response).param("state", state.name())
			.param("override", override == null ? null : override.name()).param("comment", blankToNull(comment))
			.param("by", by).param("version", version).update() == 1;
	}

	void underReview(UUID assessment) {
		jdbc.sql("""
				update assessment set status = 'UNDER_REVIEW', version = version + 1, updated_at = now()
				where id = :id and status = 'SUBMITTED'
				""").param("id", assessment).update();
	}

	void returnToInstitution(UUID assessment, String comment, UUID by) {
		jdbc.sql("""
				update assessment set status = 'RETURNED', review_comment = :comment, reviewed_by = :by, returned_at = now(),
				  version = version + 1, updated_at = now()
				where id = :id
				""").param("id", assessment).param("comment", comment).param("by", by).update();
	}

	void accept(UUID assessment, @Nullable String comment, UUID by, Score score) {
		jdbc.sql("update assessment_response set review_state = 'ACCEPTED', reviewed_by = :by, reviewed_at = now() where assessment_id = :a and review_state = 'PENDING'")
			.param("a", assessment).param("by", by).update();
		jdbc.sql("""
				update assessment set status = 'ACCEPTED', review_comment = :comment, reviewed_by = :by, accepted_at = now(),
				  score = :score, maturity = :maturity, version = version + 1, updated_at = now()
				where id = :id
				""").param("id", assessment).param("comment", blankToNull(comment)).param("by", by)
			.param("score", score.overall()).param("maturity", score.maturity()).update();
		jdbc.sql("delete from assessment_area_score where assessment_id = :a").param("a", assessment).update();
		batch.batchUpdate("""
				insert into assessment_area_score (assessment_id, area_code, score, maturity) values (:a, :area, :score, :maturity)
				""", score.areas().stream().map(s -> new MapSqlParameterSource().addValue("a", assessment)
			.addValue("area", s.code()).addValue("score", s.score()).addValue("maturity", s.maturity()))
			.toArray(MapSqlParameterSource[]::new));
	}

	/** What scoring needs of every response: area, weight, the result that counts, maturity. */
	List<ScoringPolicy.Answer> answers(UUID assessment) {
		return jdbc.sql("""
				select r.area_code, q.weight, coalesce(r.override_result, r.result) as result, r.maturity
				from assessment_response r join assessment a on a.id = r.assessment_id
				join campaign_requirement q on q.campaign_id = a.campaign_id and q.requirement_id = r.requirement_id
				where r.assessment_id = :a order by r.position
				""").param("a", assessment)
			.query((rs, n) -> new ScoringPolicy.Answer(rs.getString("area_code"), rs.getBigDecimal("weight"),
					rs.getString("result") == null ? null : Result.valueOf(rs.getString("result")),
					(Integer) rs.getObject("maturity")))
			.list();
	}

	Score storedScore(UUID assessment) {
		List<Score.AreaScore> areas = jdbc.sql("""
				select s.* from assessment_area_score s join assessment a on a.id = s.assessment_id
				join campaign_area ar on ar.campaign_id = a.campaign_id and ar.code = s.area_code
				where s.assessment_id = :a order by ar.position
				""").param("a", assessment)
			.query((rs, n) -> new Score.AreaScore(rs.getString("area_code"), rs.getBigDecimal("score"),
					rs.getBigDecimal("maturity")))
			.list();
		return jdbc.sql("select score, maturity from assessment where id = :a").param("a", assessment)
			.query((rs, n) -> new Score(rs.getBigDecimal("score"), rs.getBigDecimal("maturity"), areas)).single();
	}

	List<TrendPoint> trend(UUID institution, UUID document) {
		Map<UUID, Map<String, BigDecimal>> areas = new LinkedHashMap<>();
		jdbc.sql("""
				select s.assessment_id, s.area_code, s.score from assessment_area_score s
				join assessment a on a.id = s.assessment_id join assessment_campaign c on c.id = a.campaign_id
				where a.institution_id = :i and c.document_id = :d and a.status = 'ACCEPTED'
				""").param("i", institution).param("d", document)
			.query((rs, n) -> areas.computeIfAbsent(rs.getObject("assessment_id", UUID.class), k -> new LinkedHashMap<>())
				.put(rs.getString("area_code"), rs.getBigDecimal("score")))
			.list();
		return jdbc.sql("""
				select a.id, c.name, c.version_label, a.accepted_at, a.score from assessment a
				join assessment_campaign c on c.id = a.campaign_id
				where a.institution_id = :i and c.document_id = :d and a.status = 'ACCEPTED'
				order by c.opens_on, a.accepted_at
				""").param("i", institution).param("d", document)
			.query((rs, n) -> new TrendPoint(new AssessmentId(rs.getObject("id", UUID.class)), rs.getString("name"),
					rs.getString("version_label"), instant(rs, "accepted_at"), rs.getBigDecimal("score"),
					areas.getOrDefault(rs.getObject("id", UUID.class), Map.of())))
			.list();
	}

	void extendDeadline(UUID assessment, LocalDate deadline) {
		jdbc.sql("update assessment set deadline = :d, version = version + 1, updated_at = now() where id = :id")
			.param("id", assessment).param("d", deadline).update();
	}

	// evidence files

	Optional<EvidenceFileView> file(UUID id) {
		return jdbc.sql("select * from evidence_file where id = :id").param("id", id).query(Assessments::file).optional();
	}

	Optional<EvidenceFileView> fileByHash(UUID institution, String sha256) {
		return jdbc.sql("select * from evidence_file where institution_id = :i and sha256 = :h").param("i", institution)
			.param("h", sha256).query(Assessments::file).optional();
	}

	List<EvidenceFileView> files(UUID institution) {
		return jdbc.sql("select * from evidence_file where institution_id = :i order by uploaded_at desc limit 500")
			.param("i", institution).query(Assessments::file).list();
	}

	EvidenceFileView insertFile(UUID institution, String sha256, String filename, String mediaType, long size, UUID by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into evidence_file (id, institution_id, sha256, filename, media_type, size_bytes, uploaded_by)
				values (:id, :i, :sha, :name, :type, :size, :by)
				""").param("id", id).param("i", institution).param("sha", sha256).param("name", filename)
			.param("type", mediaType).param("size", size).param("by", by).update();
		return file(id).orElseThrow();
	}

	UUID attach(UUID response, @Nullable UUID file, @Nullable String url, String title, UUID by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into response_evidence (id, response_id, evidence_file_id, url, title, added_by)
				values (:id, :r, :f, :url, :title, :by)
				""").param("id", id).param("r", response).param("f", file).param("url", url).param("title", title)
			.param("by", by).update();
		jdbc.sql("update assessment_response set version = version + 1 where id = :r").param("r", response).update();
		return id;
	}

	boolean detach(UUID response, UUID attachment) {
		boolean removed = jdbc.sql("delete from response_evidence where id = :id and response_id = :r").param("id", attachment)
			.param("r", response).update() == 1;
		if (removed) {
			jdbc.sql("update assessment_response set version = version + 1 where id = :r").param("r", response).update();
		}
		return removed;
	}

	private static EvidenceFileView file(ResultSet rs, int n) throws SQLException {
		return new EvidenceFileView(new EvidenceId(rs.getObject("id", UUID.class)), rs.getObject("institution_id", UUID.class),
				rs.getString("filename"), rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				instant(rs, "uploaded_at"));
	}

	private static ResponseView response(ResultSet rs, int n) throws SQLException {
		return new ResponseView(new ResponseId(rs.getObject("id", UUID.class)),
				new AssessmentId(rs.getObject("assessment_id", UUID.class)), rs.getObject("institution_id", UUID.class),
				rs.getObject("requirement_id", UUID.class), rs.getString("code"), rs.getString("display_code"),
				rs.getString("area_code"), rs.getString("title_sw"), rs.getString("title_en"),
				rs.getString("statement_sw"), rs.getString("statement_en"), rs.getBigDecimal("weight"),
				rs.getBoolean("mandatory"), rs.getString("result") == null ? null : Result.valueOf(rs.getString("result")),
				(Integer) rs.getObject("maturity", Integer.class), rs.getString("notes"), rs.getString("justification"),
				rs.getObject("assignee_id", UUID.class), null, instant(rs, "answered_at"),
				ReviewState.valueOf(rs.getString("review_state")), rs.getString("review_comment"),
				rs.getString("override_result") == null ? null : Result.valueOf(rs.getString("override_result")),
				rs.getString("override_reason"), List.of(), rs.getLong("version"));
	}

	private static AssessmentView map(ResultSet rs, int n) throws SQLException {
		return new AssessmentView(new AssessmentId(rs.getObject("id", UUID.class)),
				new CampaignId(rs.getObject("campaign_id", UUID.class)), rs.getString("campaign_name"),
				rs.getObject("version_id", UUID.class), rs.getString("document_code"), rs.getString("document_title_sw"),
				rs.getString("document_title_en"), rs.getString("version_label"), rs.getObject("institution_id", UUID.class),
				rs.getString("acronym"), rs.getString("name_sw"), rs.getString("name_en"),
				AssessmentStatus.valueOf(rs.getString("status")), CampaignStatus.valueOf(rs.getString("campaign_status")),
				rs.getObject("deadline", LocalDate.class), LateRule.valueOf(rs.getString("late_rule")), rs.getBoolean("late"),
				instant(rs, "submitted_at"), instant(rs, "returned_at"), instant(rs, "accepted_at"),
				rs.getString("review_comment"), rs.getBigDecimal("score"), rs.getBigDecimal("maturity"),
				rs.getInt("answered"), rs.getInt("total"), rs.getString("instructions_sw"), rs.getString("instructions_en"),
				rs.getLong("version"));
	}
}
