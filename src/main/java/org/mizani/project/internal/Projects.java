package org.mizani.project.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import static org.mizani.platform.Rows.blankToNull;
import static org.mizani.platform.Rows.instant;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.SqlText;
import org.mizani.project.AnswerView;
import org.mizani.project.ConditionView;
import org.mizani.project.Conformity;
import org.mizani.project.Decision;
import org.mizani.project.DeliveryModel;
import org.mizani.project.FileKind;
import org.mizani.project.ProjectFileView;
import org.mizani.project.ProjectForm;
import org.mizani.project.ProjectId;
import org.mizani.project.ProjectQuery;
import org.mizani.project.ProjectStatus;
import org.mizani.project.ProjectView;
import org.mizani.project.Rag;
import org.mizani.project.ReportForm;
import org.mizani.project.ReportView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class Projects {

	private static final String FROM = """
			from project p join institution i on i.id = p.institution_id
			left join lateral (select r.rag from project_report r where r.project_id = p.id order by r.period desc limit 1) last on true
			""";

	private static final String SELECT = "select p.*, i.acronym, i.sector, last.rag as last_rag " + FROM;

	private final JdbcClient jdbc;
	private final org.mizani.platform.ListCounts counts;

	Projects(JdbcClient jdbc, org.mizani.platform.ListCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	Optional<ProjectView> find(UUID id) {
		return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(Projects::map).optional();
	}

	/** The where clause of a portfolio query; {@code onlyInstitution} limits institution users to their own. */
	private static String where(ProjectQuery query, @Nullable UUID onlyInstitution, LocalDate today, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where 1=1");
		UUID institution = onlyInstitution != null ? onlyInstitution : query.institution();
		if (institution != null) {
			where.append(" and p.institution_id = :institution");
			params.put("institution", institution);
		}
		if (query.status() != null) {
			where.append(" and p.status = :status");
			params.put("status", query.status().name());
		}
		if (query.sector() != null && !query.sector().isBlank()) {
			where.append(" and lower(i.sector) = lower(:sector)");
			params.put("sector", query.sector().strip());
		}
		if (query.year() != null) {
			where.append(" and extract(year from p.planned_start) = :year");
			params.put("year", query.year());
		}
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" and (p.title_en ilike :text or p.title_sw ilike :text or i.acronym ilike :text or p.reference ilike :text)");
			params.put("text", SqlText.containing(query.text()));
		}
		if (query.flag() != null) {
			params.put("today", today);
			switch (query.flag()) {
				case LATE -> where.append(" and p.status in ('APPROVED', 'APPROVED_WITH_CONDITIONS') and p.planned_end < :today");
				case RED -> where.append(" and p.status in ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'LIVE') and last.rag = 'RED'");
				case REVIEW_OVERDUE -> where.append(" and p.status = 'SUBMITTED' and p.review_due < :today");
			}
		}
		return where.toString();
	}

	PageResult<ProjectView> search(ProjectQuery query, @Nullable UUID onlyInstitution, LocalDate today, Paging paging) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, onlyInstitution, today, params);
		long total = counts.count(jdbc, "select count(*) " + FROM + where, params);
		List<ProjectView> items = jdbc.sql(SELECT + where + " order by p.updated_at desc, p.id limit :limit offset :offset")
			.params(params).param("limit", paging.size()).param("offset", paging.offset()).query(Projects::map).list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	List<ProjectView> all(ProjectQuery query, @Nullable UUID onlyInstitution, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, onlyInstitution, today, params);
		return jdbc.sql(SELECT + where + " order by i.acronym, p.planned_start").params(params).query(Projects::map).list();
	}

	Map<ProjectStatus, Long> countByStatus(ProjectQuery query, @Nullable UUID onlyInstitution, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, onlyInstitution, today, params);
		Map<ProjectStatus, Long> counts = new EnumMap<>(ProjectStatus.class);
		for (ProjectStatus s : ProjectStatus.values()) {
			counts.put(s, 0L);
		}
		jdbc.sql("select p.status, count(*) as n " + FROM + where + " group by p.status").params(params)
			.query((rs, n) -> counts.put(ProjectStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
		return counts;
	}

	void insert(UUID id, UUID institution, ProjectForm form, UUID by) {
		jdbc.sql("""
				insert into project (id, institution_id, title_sw, title_en, objectives, scope, benefits, services, budget_tzs,
				  funding_source, planned_start, planned_end, delivery_model, vendor, systems, version_id, status, created_by)
				values (:id, :institution, :titleSw, :titleEn, :objectives, :scope, :benefits, :services, :budget, :funding,
				  :start, :end, :delivery, :vendor, :systems, :version, 'DRAFT', :by)
				""").param("id", id).param("institution", institution).params(fields(form)).param("version", form.versionId())
			.param("by", by).update();
	}

	boolean update(UUID id, ProjectForm form, long version) {
		return jdbc.sql("""
				update project set title_sw = :titleSw, title_en = :titleEn, objectives = :objectives, scope = :scope,
				  benefits = :benefits, services = :services, budget_tzs = :budget, funding_source = :funding,
				  planned_start = :start, planned_end = :end, delivery_model = :delivery, vendor = :vendor, systems = :systems,
				  version = version + 1, updated_at = now()
				where id = :id and version = :v and status in ('DRAFT', 'RETURNED')
				""").param("id", id).params(fields(form)).param("v", version).update() == 1;
	}

	private static Map<String, Object> fields(ProjectForm form) {
		Map<String, Object> f = new HashMap<>();
		f.put("titleSw", form.titleSw().strip());
		f.put("titleEn", form.titleEn().strip());
		f.put("objectives", form.objectives().strip());
		f.put("scope", blankToNull(form.scope()));
		f.put("benefits", blankToNull(form.benefits()));
		f.put("services", blankToNull(form.services()));
		f.put("budget", form.budgetTzs());
		f.put("funding", form.fundingSource().strip());
		f.put("start", form.plannedStart());
		f.put("end", form.plannedEnd());
		f.put("delivery", form.deliveryModel().name());
		f.put("vendor", blankToNull(form.vendor()));
		f.put("systems", blankToNull(form.systems()));
		return f;
	}

	void questionnaire(UUID project, List<AnswerView> items) {
		int position = 0;
		for (AnswerView item : items) {
			jdbc.sql("""
					insert into project_answer (project_id, requirement_id, code, title_sw, title_en, position)
					values (:p, :r, :code, :sw, :en, :pos)
					""").param("p", project).param("r", item.requirementId()).param("code", item.code())
				.param("sw", item.titleSw()).param("en", item.titleEn()).param("pos", position++).update();
		}
	}

	List<AnswerView> answers(UUID project) {
		return jdbc.sql("select * from project_answer where project_id = :p order by position").param("p", project)
			.query((rs, n) -> new AnswerView(rs.getObject("requirement_id", UUID.class), rs.getString("code"),
					rs.getString("title_sw"), rs.getString("title_en"),
					rs.getString("answer") == null ? null : Conformity.valueOf(rs.getString("answer")),
					rs.getString("explanation"), (Boolean) rs.getObject("review_ok"), rs.getString("review_comment")))
			.list();
	}

	boolean answer(UUID project, UUID requirement, Conformity answer, @Nullable String explanation) {
		return jdbc.sql("""
				update project_answer set answer = :a, explanation = :e where project_id = :p and requirement_id = :r
				""").param("p", project).param("r", requirement).param("a", answer.name()).param("e", blankToNull(explanation))
			.update() == 1;
	}

	boolean reviewItem(UUID project, UUID requirement, boolean ok, @Nullable String comment) {
		return jdbc.sql("""
				update project_answer set review_ok = :ok, review_comment = :c where project_id = :p and requirement_id = :r
				""").param("p", project).param("r", requirement).param("ok", ok).param("c", blankToNull(comment)).update() == 1;
	}

	void touch(UUID project) {
		jdbc.sql("update project set version = version + 1, updated_at = now() where id = :id").param("id", project).update();
	}

	boolean submit(UUID project, long version, LocalDate due, String snapshot, UUID by) {
		boolean done = jdbc.sql("""
				update project set status = 'SUBMITTED', submission_count = submission_count + 1, submitted_at = now(),
				  review_due = :due, decision = null, decision_reasons = null, decided_at = null, version = version + 1,
				  updated_at = now()
				where id = :id and version = :v and status in ('DRAFT', 'RETURNED')
				""").param("id", project).param("v", version).param("due", due).update() == 1;
		if (done) {
			jdbc.sql("""
					insert into project_submission (project_id, number, submitted_by, snapshot)
					select id, submission_count, :by, cast(:snapshot as jsonb) from project where id = :id
					""").param("id", project).param("by", by).param("snapshot", snapshot).update();
			jdbc.sql("update project_answer set review_ok = null where project_id = :id").param("id", project).update();
		}
		return done;
	}

	List<Integer> submissions(UUID project) {
		return jdbc.sql("select number from project_submission where project_id = :p order by number").param("p", project)
			.query(Integer.class).list();
	}

	Optional<String> snapshot(UUID project, int number) {
		return jdbc.sql("select snapshot::text from project_submission where project_id = :p and number = :n")
			.param("p", project).param("n", number).query(String.class).optional();
	}

	void decide(UUID project, Decision decision, String reasons, UUID by, @Nullable String reference) {
		String status = decision == Decision.RETURNED ? "RETURNED" : decision.name();
		jdbc.sql("""
				update project set status = :status, decision = :decision, decision_reasons = :reasons, decided_at = now(),
				  decided_by = :by, reference = coalesce(reference, :reference), version = version + 1, updated_at = now()
				where id = :id
				""").param("id", project).param("status", status).param("decision", decision.name()).param("reasons", reasons)
			.param("by", by).param("reference", reference).update();
	}

	String nextReference(String prefix, int year) {
		long n = jdbc.sql("select nextval('project_reference_seq')").query(Long.class).single();
		return "%s/%d/%04d".formatted(prefix, year, n);
	}

	void addCondition(UUID project, String text, int position) {
		jdbc.sql("insert into project_condition (id, project_id, text, status, position) values (:id, :p, :t, 'OPEN', :pos)")
			.param("id", UUID.randomUUID()).param("p", project).param("t", text.strip()).param("pos", position).update();
	}

	List<ConditionView> conditions(UUID project) {
		return jdbc.sql("select * from project_condition where project_id = :p order by position").param("p", project)
			.query((rs, n) -> new ConditionView(rs.getObject("id", UUID.class), rs.getString("text"),
					ConditionView.Status.valueOf(rs.getString("status")), rs.getString("fulfilment"), instant(rs, "fulfilled_at"),
					instant(rs, "verified_at")))
			.list();
	}

	boolean fulfil(UUID project, UUID condition, String evidence) {
		return jdbc.sql("""
				update project_condition set status = 'FULFILLED', fulfilment = :e, fulfilled_at = now()
				where id = :c and project_id = :p and status = 'OPEN'
				""").param("c", condition).param("p", project).param("e", evidence).update() == 1;
	}

	boolean verifyCondition(UUID project, UUID condition) {
		return jdbc.sql("""
				update project_condition set status = 'VERIFIED', verified_at = now()
				where id = :c and project_id = :p and status = 'FULFILLED'
				""").param("c", condition).param("p", project).update() == 1;
	}

	void insertFile(UUID project, FileKind kind, String sha256, String filename, String mediaType, long size, UUID by) {
		jdbc.sql("""
				insert into project_file (id, project_id, kind, sha256, filename, media_type, size_bytes, uploaded_by)
				values (:id, :p, :kind, :sha, :name, :type, :size, :by)
				""").param("id", UUID.randomUUID()).param("p", project).param("kind", kind.name()).param("sha", sha256)
			.param("name", filename).param("type", mediaType).param("size", size).param("by", by).update();
	}

	List<ProjectFileView> files(UUID project) {
		return jdbc.sql("select * from project_file where project_id = :p order by uploaded_at").param("p", project)
			.query(Projects::file).list();
	}

	Optional<ProjectFileView> file(UUID id) {
		return jdbc.sql("select * from project_file where id = :id").param("id", id).query(Projects::file).optional();
	}

	boolean insertReport(UUID project, ReportForm form, UUID by) {
		return jdbc.sql("""
				insert into project_report (id, project_id, period, percent_complete, rag, rag_reason, spend_tzs, risks,
				  milestones, submitted_by)
				values (:id, :p, :period, :pc, :rag, :reason, :spend, :risks, cast(:milestones as jsonb), :by)
				on conflict (project_id, period) do nothing
				""").param("id", UUID.randomUUID()).param("p", project).param("period", form.period())
			.param("pc", form.percentComplete()).param("rag", form.rag().name()).param("reason", blankToNull(form.ragReason()))
			.param("spend", form.spendTzs()).param("risks", blankToNull(form.risks()))
			.param("milestones", JsonMapper.shared().writeValueAsString(form.milestones() == null ? List.of() : form.milestones()))
			.param("by", by).update() == 1;
	}

	List<ReportView> reports(UUID project) {
		return jdbc.sql("select * from project_report where project_id = :p order by period desc").param("p", project)
			.query((rs, n) -> new ReportView(rs.getObject("id", UUID.class), rs.getString("period"),
					rs.getInt("percent_complete"), Rag.valueOf(rs.getString("rag")), rs.getString("rag_reason"),
					rs.getBigDecimal("spend_tzs"), rs.getString("risks"),
					JsonMapper.shared().readValue(rs.getString("milestones"), new TypeReference<List<ReportForm.Milestone>>() {
					}), instant(rs, "submitted_at")))
			.list();
	}

	void linkSystem(UUID project, UUID system) {
		jdbc.sql("insert into project_system (project_id, system_id) values (:p, :s) on conflict do nothing").param("p", project)
			.param("s", system).update();
	}

	List<UUID> linkedSystems(UUID project) {
		return jdbc.sql("select system_id from project_system where project_id = :p").param("p", project).query(UUID.class).list();
	}

	boolean goLive(UUID project, LocalDate date) {
		return jdbc.sql("""
				update project set status = 'LIVE', go_live_at = :d, version = version + 1, updated_at = now()
				where id = :id and status in ('APPROVED', 'APPROVED_WITH_CONDITIONS')
				""").param("id", project).param("d", date).update() == 1;
	}

	boolean close(UUID project, String benefits, String lessons) {
		return jdbc.sql("""
				update project set status = 'CLOSED', closed_at = now(), pir_benefits = :b, pir_lessons = :l,
				  version = version + 1, updated_at = now()
				where id = :id and status = 'LIVE'
				""").param("id", project).param("b", benefits).param("l", lessons).update() == 1;
	}

	/** Claims, once per period, the implementing projects with no report for it (so that two nodes remind once). */
	List<ProjectView> claimMissingReports(String period, LocalDate periodEnd) {
		List<UUID> ids = jdbc.sql("""
				update project p set report_reminded = :period
				where p.status in ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'LIVE')
				  and coalesce(p.report_reminded, '') <> :period and p.decided_at < cast(:end as date)
				  and not exists (select 1 from project_report r where r.project_id = p.id and r.period = :period)
				returning p.id
				""").param("period", period).param("end", periodEnd.plusDays(1)).query(UUID.class).list();
		List<ProjectView> projects = new ArrayList<>();
		ids.forEach(id -> find(id).ifPresent(projects::add));
		return projects;
	}

	/** Average working days from submission to decision, over decided submissions (computed by the clock). */
	List<LocalDate[]> reviewPeriods(ProjectQuery query, @Nullable UUID onlyInstitution, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, onlyInstitution, today, params);
		return jdbc.sql("select p.submitted_at, p.decided_at " + FROM + where + " and p.decided_at is not null and p.submitted_at is not null")
			.params(params)
			.query((rs, n) -> new LocalDate[] { rs.getTimestamp("submitted_at").toLocalDateTime().toLocalDate(),
					rs.getTimestamp("decided_at").toLocalDateTime().toLocalDate() })
			.list();
	}

	private static ProjectFileView file(ResultSet rs, int n) throws SQLException {
		return new ProjectFileView(rs.getObject("id", UUID.class), new ProjectId(rs.getObject("project_id", UUID.class)),
				FileKind.valueOf(rs.getString("kind")), rs.getString("filename"), rs.getString("media_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"), instant(rs, "uploaded_at"));
	}

	private static ProjectView map(ResultSet rs, int n) throws SQLException {
		return new ProjectView(new ProjectId(rs.getObject("id", UUID.class)), rs.getObject("institution_id", UUID.class),
				rs.getString("acronym"), rs.getString("sector"), rs.getString("title_sw"), rs.getString("title_en"),
				rs.getString("objectives"), rs.getString("scope"), rs.getString("benefits"), rs.getString("services"),
				rs.getBigDecimal("budget_tzs"), rs.getString("funding_source"), rs.getObject("planned_start", LocalDate.class),
				rs.getObject("planned_end", LocalDate.class), DeliveryModel.valueOf(rs.getString("delivery_model")),
				rs.getString("vendor"), rs.getString("systems"), rs.getObject("version_id", UUID.class),
				ProjectStatus.valueOf(rs.getString("status")), rs.getInt("submission_count"), instant(rs, "submitted_at"),
				rs.getObject("review_due", LocalDate.class),
				rs.getString("decision") == null ? null : Decision.valueOf(rs.getString("decision")),
				rs.getString("decision_reasons"), instant(rs, "decided_at"), rs.getString("reference"),
				rs.getObject("go_live_at", LocalDate.class), instant(rs, "closed_at"), rs.getString("pir_benefits"),
				rs.getString("pir_lessons"), rs.getString("last_rag") == null ? null : Rag.valueOf(rs.getString("last_rag")),
				rs.getLong("version"));
	}
}
