package org.mizani.continuity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.continuity.DrillForm;
import org.mizani.continuity.DrillView;
import org.mizani.continuity.PlanForm;
import org.mizani.continuity.PlanView;
import org.mizani.continuity.Scenario;
import org.mizani.continuity.Strategy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans, drills and drill actions. Names of systems and institutions are filled in by the service. */
@Repository
class Plans {

	private static final String SELECT_PLAN = """
			select p.*, d.held_on as last_drill, d.passed as last_passed from dr_plan p
			left join lateral (select held_on, passed from dr_drill where plan_id = p.id order by held_on desc, created_at desc limit 1) d on true
			""";

	private final JdbcClient jdbc;

	Plans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PlanView> plans(@Nullable UUID institution) {
		return jdbc.sql(SELECT_PLAN + (institution == null ? "" : " where p.institution_id = :i") + " order by p.next_review_due")
			.param("i", institution == null ? new UUID(0, 0) : institution).query(Plans::plan).list();
	}

	Optional<PlanView> find(UUID id) {
		return jdbc.sql(SELECT_PLAN + " where p.id = :id").param("id", id).query(Plans::plan).optional();
	}

	Optional<PlanView> forSystem(UUID system) {
		return jdbc.sql(SELECT_PLAN + " where p.system_id = :s").param("s", system).query(Plans::plan).optional();
	}

	Set<UUID> systemsWithPlan() {
		return new HashSet<>(jdbc.sql("select system_id from dr_plan").query(UUID.class).list());
	}

	void insert(UUID id, UUID institution, UUID system, PlanForm form, int rto, int rpo, LocalDate nextReview) {
		jdbc.sql("""
				insert into dr_plan (id, institution_id, system_id, owner, strategy, strategy_notes, rto_minutes, rpo_minutes,
				  last_reviewed, next_review_due)
				values (:id, :i, :s, :owner, :strategy, :notes, :rto, :rpo, :last, :next)
				""").param("id", id).param("i", institution).param("s", system).params(fields(form, rto, rpo, nextReview)).update();
	}

	boolean update(UUID id, PlanForm form, int rto, int rpo, LocalDate nextReview, long version) {
		return jdbc.sql("""
				update dr_plan set owner = :owner, strategy = :strategy, strategy_notes = :notes, rto_minutes = :rto,
				  rpo_minutes = :rpo, last_reviewed = :last, next_review_due = :next, version = version + 1, updated_at = now()
				where id = :id and version = :v
				""").param("id", id).param("v", version).params(fields(form, rto, rpo, nextReview)).update() == 1;
	}

	private static Map<String, Object> fields(PlanForm form, int rto, int rpo, LocalDate nextReview) {
		Map<String, Object> p = new HashMap<>();
		p.put("owner", form.owner().strip());
		p.put("strategy", form.strategy().name());
		p.put("notes", org.mizani.platform.Rows.blankToNull(form.strategyNotes()));
		p.put("rto", rto);
		p.put("rpo", rpo);
		p.put("last", form.lastReviewed());
		p.put("next", nextReview);
		return p;
	}

	void document(UUID plan, String sha256, String name, String type, long size) {
		jdbc.sql("""
				update dr_plan set document_sha256 = :sha, document_name = :name, document_type = :type, document_size = :size,
				  version = version + 1, updated_at = now() where id = :id
				""").param("id", plan).param("sha", sha256).param("name", name).param("type", type).param("size", size).update();
	}

	Optional<String[]> documentOf(UUID plan) {
		return jdbc.sql("select document_sha256, document_name, document_type, document_size from dr_plan where id = :id and document_sha256 is not null")
			.param("id", plan).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
			.optional();
	}

	// Drills

	void insertDrill(UUID id, PlanView plan, DrillForm form, boolean passed, UUID by) {
		jdbc.sql("""
				insert into dr_drill (id, plan_id, institution_id, system_id, held_on, scenario, participants, steps,
				  achieved_rto_minutes, achieved_rpo_minutes, rto_target, rpo_target, passed, notes, recorded_by)
				values (:id, :plan, :i, :s, :held, :scenario, :participants, :steps, :rto, :rpo, :rtoTarget, :rpoTarget, :passed,
				  :notes, :by)
				""").param("id", id).param("plan", plan.id()).param("i", plan.institutionId()).param("s", plan.systemId())
			.param("held", form.heldOn()).param("scenario", form.scenario().name()).param("participants", form.participants().strip())
			.param("steps", org.mizani.platform.Rows.blankToNull(form.steps())).param("rto", form.achievedRtoMinutes())
			.param("rpo", form.achievedRpoMinutes()).param("rtoTarget", plan.rtoMinutes()).param("rpoTarget", plan.rpoMinutes())
			.param("passed", passed).param("notes", org.mizani.platform.Rows.blankToNull(form.notes())).param("by", by).update();
	}

	List<DrillView> drills(String where, Map<String, Object> params, int limit) {
		List<DrillView> drills = jdbc.sql("select * from dr_drill" + where + " order by held_on desc, created_at desc limit :limit")
			.params(params).param("limit", limit).query(Plans::drill).list();
		for (DrillView drill : drills) {
			drill.actions().addAll(jdbc.sql("select * from dr_drill_action where drill_id = :d order by due_on").param("d", drill.id())
				.query((rs, n) -> new DrillView.Action(rs.getObject("id", UUID.class), rs.getString("description"),
						rs.getString("owner"), rs.getObject("due_on", LocalDate.class), "DONE".equals(rs.getString("status"))))
				.list());
		}
		return drills;
	}

	void insertAction(UUID drill, UUID institution, String description, String owner, LocalDate due) {
		jdbc.sql("""
				insert into dr_drill_action (id, drill_id, institution_id, description, owner, due_on, status)
				values (:id, :d, :i, :desc, :owner, :due, 'OPEN')
				""").param("id", UUID.randomUUID()).param("d", drill).param("i", institution).param("desc", description)
			.param("owner", owner).param("due", due).update();
	}

	boolean completeAction(UUID drill, UUID action) {
		return jdbc.sql("update dr_drill_action set status = 'DONE', done_at = now() where id = :a and drill_id = :d and status = 'OPEN'")
			.param("a", action).param("d", drill).update() == 1;
	}

	/** Drill counts per system: drilled since a date, failed drills since that date. */
	Map<UUID, long[]> drillCounts(LocalDate since) {
		Map<UUID, long[]> counts = new HashMap<>();
		jdbc.sql("""
				select system_id, count(*) filter (where held_on >= :since) as recent,
				  count(*) filter (where not passed and held_on >= :since) as failed
				from dr_drill group by system_id
				""").param("since", since)
			.query((rs, n) -> counts.put(rs.getObject("system_id", UUID.class), new long[] { rs.getLong("recent"), rs.getLong("failed") }))
			.list();
		return counts;
	}

	private static PlanView plan(ResultSet rs, int n) throws SQLException {
		boolean passed = rs.getBoolean("last_passed");
		Boolean lastPassed = rs.wasNull() ? null : passed;
		return new PlanView(rs.getObject("id", UUID.class), rs.getObject("institution_id", UUID.class), "",
				rs.getObject("system_id", UUID.class), "", "", rs.getString("owner"), Strategy.valueOf(rs.getString("strategy")),
				rs.getString("strategy_notes"), rs.getInt("rto_minutes"), rs.getInt("rpo_minutes"),
				rs.getObject("last_reviewed", LocalDate.class), rs.getObject("next_review_due", LocalDate.class),
				rs.getString("document_name"), rs.getObject("last_drill", LocalDate.class), lastPassed, rs.getLong("version"));
	}

	private static DrillView drill(ResultSet rs, int n) throws SQLException {
		return new DrillView(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
				rs.getObject("institution_id", UUID.class), "", rs.getObject("system_id", UUID.class), "",
				rs.getObject("held_on", LocalDate.class), Scenario.valueOf(rs.getString("scenario")), rs.getString("participants"),
				rs.getString("steps"), rs.getInt("achieved_rto_minutes"), rs.getInt("achieved_rpo_minutes"),
				rs.getInt("rto_target"), rs.getInt("rpo_target"), rs.getBoolean("passed"), rs.getString("notes"),
				new ArrayList<>());
	}
}
