package org.mizani.assessment.internal;

import static org.mizani.platform.Rows.blankToNull;
import static org.mizani.platform.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.assessment.ActionForm;
import org.mizani.assessment.ActionId;
import org.mizani.assessment.ActionManagement;
import org.mizani.assessment.ActionQuery;
import org.mizani.assessment.ActionSource;
import org.mizani.assessment.ActionStatus;
import org.mizani.assessment.ActionView;
import org.mizani.assessment.AssessmentId;
import org.mizani.assessment.EvidenceId;
import org.mizani.assessment.Priority;
import org.mizani.assessment.ResponseId;
import org.mizani.assessment.Result;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Remediation actions. */
@Repository
class Actions {

	private static final String FROM = """
			from remediation_action x
			left join assessment a on a.id = x.assessment_id left join assessment_campaign c on c.id = a.campaign_id
			join institution i on i.id = x.institution_id
			left join assessment_response r on r.id = x.response_id
			left join campaign_requirement q on q.campaign_id = a.campaign_id and q.requirement_id = r.requirement_id
			left join evidence_file f on f.id = x.closure_evidence_id
			""";

	private static final String SELECT = """
			select x.*, i.acronym, c.name as campaign_name, q.display_code, q.title_sw, q.title_en,
			  coalesce(r.override_result, r.result) as gap, f.filename as closure_filename
			""" + FROM;

	private final JdbcClient jdbc;
	private final org.mizani.platform.ListCounts counts;

	Actions(JdbcClient jdbc, org.mizani.platform.ListCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	PageResult<ActionView> search(ActionQuery query, @Nullable UUID onlyInstitution, LocalDate today, Paging paging) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = where(query, onlyInstitution, today, params);
		long total = counts.count(jdbc, "select count(*) " + FROM + where, params);
		List<ActionView> items = jdbc.sql(SELECT + where + " order by x.due_date, lower(i.acronym), x.id limit :limit offset :offset")
			.params(params).param("limit", paging.size()).param("offset", paging.offset()).query(Actions::map).list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	/** Every matching action in the list's order, one at a time as the database streams them (exports). */
	void each(ActionQuery query, @Nullable UUID onlyInstitution, LocalDate today, java.util.function.Consumer<ActionView> consumer) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = where(query, onlyInstitution, today, params);
		jdbc.sql(SELECT + where + " order by x.due_date, lower(i.acronym), x.id").params(params).withFetchSize(500)
			.query((java.sql.ResultSet rs) -> {
				consumer.accept(map(rs, 0));
			});
	}

	private static StringBuilder where(ActionQuery query, @Nullable UUID onlyInstitution, LocalDate today, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where 1=1");
		UUID institution = onlyInstitution != null ? onlyInstitution : query.institution();
		if (institution != null) {
			where.append(" and x.institution_id = :institution");
			params.put("institution", institution);
		}
		if (query.status() != null) {
			where.append(" and x.status = :status");
			params.put("status", query.status().name());
		}
		if (Boolean.TRUE.equals(query.pending())) {
			where.append(" and x.status in ('OPEN', 'IN_PROGRESS', 'REOPENED')");
		}
		if (Boolean.TRUE.equals(query.overdue())) {
			where.append(" and x.status in ('OPEN', 'IN_PROGRESS', 'REOPENED') and x.due_date < :today");
			params.put("today", today);
		}
		if (query.assessment() != null) {
			where.append(" and x.assessment_id = :assessment");
			params.put("assessment", query.assessment().value());
		}
		return where;
	}

	ActionManagement.ActionSummary summary(@Nullable UUID institution, LocalDate today) {
		return jdbc.sql("""
				select count(*) filter (where status in ('OPEN', 'IN_PROGRESS', 'REOPENED')) as pending,
				  count(*) filter (where status in ('OPEN', 'IN_PROGRESS', 'REOPENED') and due_date < :today) as overdue,
				  count(*) filter (where status = 'DONE') as done, count(*) filter (where status = 'VERIFIED') as verified
				from remediation_action where (cast(:institution as uuid) is null or institution_id = :institution)
				""").param("institution", institution).param("today", today)
			.query((rs, n) -> new ActionManagement.ActionSummary(rs.getLong("pending"), rs.getLong("overdue"), rs.getLong("done"),
					rs.getLong("verified")))
			.single();
	}

	Optional<ActionView> find(UUID id) {
		return jdbc.sql(SELECT + " where x.id = :id").param("id", id).query(Actions::map).optional();
	}

	boolean existsFor(UUID response) {
		return jdbc.sql("select count(*) from remediation_action where response_id = :r").param("r", response)
			.query(Long.class).single() > 0;
	}

	void insert(UUID id, UUID institution, UUID assessment, UUID response, ActionForm form, UUID by) {
		jdbc.sql("""
				insert into remediation_action (id, institution_id, assessment_id, response_id, title, description, owner_id,
				  due_date, priority, status, created_by)
				values (:id, :i, :a, :r, :title, :description, :owner, :due, :priority, 'OPEN', :by)
				""").param("id", id).param("i", institution).param("a", assessment).param("r", response)
			.param("title", form.title().strip()).param("description", blankToNull(form.description()))
			.param("owner", form.ownerId()).param("due", form.dueDate()).param("priority", form.priority().name())
			.param("by", by).update();
	}

	void insertFromVisit(UUID id, UUID institution, String note, ActionForm form, UUID by) {
		jdbc.sql("""
				insert into remediation_action (id, institution_id, source, source_note, title, description, owner_id,
				  due_date, priority, status, created_by)
				values (:id, :i, 'FOLLOW_UP_VISIT', :note, :title, :description, :owner, :due, :priority, 'OPEN', :by)
				""").param("id", id).param("i", institution).param("note", note).param("title", form.title().strip())
			.param("description", blankToNull(form.description())).param("owner", form.ownerId()).param("due", form.dueDate())
			.param("priority", form.priority().name()).param("by", by).update();
	}

	/** Gaps of an accepted assessment that have no action yet: response id → requirement code and title. */
	List<String[]> gapsWithoutAction(UUID assessment) {
		return jdbc.sql("""
				select r.id, q.display_code, q.title_en, q.title_sw from assessment_response r
				join assessment a on a.id = r.assessment_id
				join campaign_requirement q on q.campaign_id = a.campaign_id and q.requirement_id = r.requirement_id
				where r.assessment_id = :a and coalesce(r.override_result, r.result) in ('NON_COMPLIANT', 'PARTIALLY_COMPLIANT')
				  and not exists (select 1 from remediation_action x where x.response_id = r.id)
				order by r.position
				""").param("a", assessment)
			.query((rs, n) -> new String[] { rs.getString("id"), rs.getString("display_code"), rs.getString("title_en"),
					rs.getString("title_sw") })
			.list();
	}

	boolean update(UUID id, ActionForm form) {
		return jdbc.sql("""
				update remediation_action set title = :title, description = :description, owner_id = :owner, due_date = :due,
				  priority = :priority, reminded_due_at = null, reminded_overdue_at = null, version = version + 1,
				  updated_at = now()
				where id = :id and version = :version
				""").param("id", id).param("title", form.title().strip()).param("description", blankToNull(form.description()))
			.param("owner", form.ownerId()).param("due", form.dueDate()).param("priority", form.priority().name())
			.param("version", form.version()).update() == 1;
	}

	boolean move(UUID id, ActionStatus to, long version, @Nullable String note, @Nullable UUID closureEvidence,
			@Nullable String reopenReason, @Nullable UUID verifiedBy) {
		return jdbc.sql("""
				update remediation_action set status = :to,
				  closure_note = case when :to = 'DONE' then cast(:note as text) else closure_note end,
				  closure_evidence_id = case when :to = 'DONE' then cast(:evidence as uuid) else closure_evidence_id end,
				  reopen_reason = case when :to = 'REOPENED' then cast(:reason as text) else reopen_reason end,
				  verified_by = case when :to = 'VERIFIED' then cast(:verifier as uuid) else null end,
				  verified_at = case when :to = 'VERIFIED' then now() else null end,
				  version = version + 1, updated_at = now()
				where id = :id and version = :version
				""").param("id", id).param("to", to.name()).param("version", version).param("note", note)
			.param("evidence", closureEvidence).param("reason", reopenReason).param("verifier", verifiedBy).update() == 1;
	}

	/** Claims actions whose due-date reminder has not been sent (so that two nodes never send it twice). */
	List<ActionView> claimDueReminders(LocalDate today, int daysBefore) {
		List<UUID> ids = jdbc.sql("""
				update remediation_action set reminded_due_at = now()
				where status in ('OPEN', 'IN_PROGRESS', 'REOPENED') and reminded_due_at is null
				  and due_date between :today and :until
				returning id
				""").param("today", today).param("until", today.plusDays(daysBefore)).query(UUID.class).list();
		return ids.stream().map(this::find).flatMap(Optional::stream).toList();
	}

	List<ActionView> claimOverdueReminders(LocalDate today) {
		List<UUID> ids = jdbc.sql("""
				update remediation_action set reminded_overdue_at = now()
				where status in ('OPEN', 'IN_PROGRESS', 'REOPENED') and reminded_overdue_at is null and due_date < :today
				returning id
				""").param("today", today).query(UUID.class).list();
		return ids.stream().map(this::find).flatMap(Optional::stream).toList();
	}

	List<ActionView> ofAssessment(UUID assessment) {
		return jdbc.sql(SELECT + " where x.assessment_id = :a order by x.due_date").param("a", assessment)
			.query(Actions::map).list();
	}

	private static ActionView map(ResultSet rs, int n) throws SQLException {
		return new ActionView(new ActionId(rs.getObject("id", UUID.class)), rs.getObject("institution_id", UUID.class),
				rs.getString("acronym"),
				rs.getObject("assessment_id") == null ? null : new AssessmentId(rs.getObject("assessment_id", UUID.class)),
				rs.getString("campaign_name"),
				rs.getObject("response_id") == null ? null : new ResponseId(rs.getObject("response_id", UUID.class)),
				rs.getString("display_code"), rs.getString("title_sw"), rs.getString("title_en"),
				rs.getString("gap") == null ? null : Result.valueOf(rs.getString("gap")),
				ActionSource.valueOf(rs.getString("source")), rs.getString("source_note"), rs.getString("title"),
				rs.getString("description"), rs.getObject("owner_id", UUID.class), null,
				rs.getObject("due_date", LocalDate.class), Priority.valueOf(rs.getString("priority")),
				ActionStatus.valueOf(rs.getString("status")), rs.getString("closure_note"),
				rs.getObject("closure_evidence_id") == null ? null
						: new EvidenceId(rs.getObject("closure_evidence_id", UUID.class)),
				rs.getString("closure_filename"), instant(rs, "verified_at"), rs.getString("reopen_reason"),
				rs.getLong("version"), instant(rs, "created_at"));
	}
}
