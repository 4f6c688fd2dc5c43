package org.mizani.reporting.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Measure;
import org.mizani.reporting.ObjectiveForm;
import org.mizani.reporting.PlanForm;
import org.mizani.reporting.PlanKind;
import org.mizani.reporting.PlanSummary;
import org.mizani.reporting.TargetForm;
import org.mizani.reporting.TargetForm.Direction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of strategic plans: plans, objectives, targets, yearly targets and values entered by hand. */
@Repository
class StrategicPlanRecords {

	private final JdbcClient jdbc;

	StrategicPlanRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record PlanRow(UUID id, PlanKind kind, String titleSw, String titleEn, int firstYear, int lastYear, int onTrack, int atRisk) {
	}

	record ObjectiveRow(UUID id, UUID planId, String code, String titleSw, String titleEn) {
	}

	record TargetRow(UUID id, UUID objectiveId, String code, String titleSw, String titleEn, String indicatorSw, String indicatorEn,
			Measure.Unit unit, Direction direction, @Nullable String measureCode, @Nullable BigDecimal baseline,
			@Nullable Integer baselineYear, String owner, long version) {
	}

	record ManualValue(BigDecimal value, String evidence, UUID recordedBy, OffsetDateTime recordedAt) {
	}

	List<PlanSummary> summaries() {
		return jdbc.sql("""
				select p.*, (select count(*) from plan_objective o where o.plan_id = p.id) as objectives,
				  (select count(*) from plan_target t join plan_objective o on o.id = t.objective_id where o.plan_id = p.id) as targets
				from strategic_plan p order by p.first_year desc, p.title_en""")
			.query((rs, n) -> new PlanSummary(rs.getObject("id", UUID.class), PlanKind.valueOf(rs.getString("kind")),
					rs.getString("title_sw"), rs.getString("title_en"), rs.getInt("first_year"), rs.getInt("last_year"),
					rs.getInt("objectives"), rs.getInt("targets")))
			.list();
	}

	Optional<PlanRow> plan(UUID id) {
		return jdbc.sql("select * from strategic_plan where id = :id").param("id", id).query(StrategicPlanRecords::plan).optional();
	}

	/** StrategicPlanRecords of the kind whose period shares a year with {@code first}–{@code last}, taken under a lock so two writers cannot both pass. */
	List<PlanRow> overlapping(PlanKind kind, int first, int last) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('strategic_plan'))").query(Object.class).list();
		return jdbc.sql("select * from strategic_plan where kind = :kind and first_year <= :last and last_year >= :first")
			.param("kind", kind.name()).param("first", first).param("last", last).query(StrategicPlanRecords::plan).list();
	}

	void insertPlan(UUID id, PlanForm form) {
		jdbc.sql("""
				insert into strategic_plan (id, kind, title_sw, title_en, first_year, last_year, on_track_percent, at_risk_percent)
				values (:id, :kind, :sw, :en, :first, :last, :onTrack, :atRisk)""")
			.param("id", id).param("kind", form.kind().name()).param("sw", form.titleSw().strip()).param("en", form.titleEn().strip())
			.param("first", form.firstYear()).param("last", form.lastYear()).param("onTrack", form.onTrackPercent())
			.param("atRisk", form.atRiskPercent()).update();
	}

	List<ObjectiveRow> objectives(UUID plan) {
		return jdbc.sql("select * from plan_objective where plan_id = :p order by position").param("p", plan)
			.query(StrategicPlanRecords::objective).list();
	}

	Optional<ObjectiveRow> objective(UUID id) {
		return jdbc.sql("select * from plan_objective where id = :id").param("id", id).query(StrategicPlanRecords::objective).optional();
	}

	boolean objectiveCodeTaken(UUID plan, String code) {
		return jdbc.sql("select count(*) from plan_objective where plan_id = :p and lower(code) = lower(:c)").param("p", plan)
			.param("c", code).query(Long.class).single() > 0;
	}

	void insertObjective(UUID id, UUID plan, ObjectiveForm form) {
		jdbc.sql("""
				insert into plan_objective (id, plan_id, code, title_sw, title_en, position)
				values (:id, :p, :code, :sw, :en, (select coalesce(max(position), 0) + 1 from plan_objective where plan_id = :p))""")
			.param("id", id).param("p", plan).param("code", form.code().strip()).param("sw", form.titleSw().strip())
			.param("en", form.titleEn().strip()).update();
	}

	List<TargetRow> targets(UUID plan) {
		return jdbc.sql("""
				select t.* from plan_target t join plan_objective o on o.id = t.objective_id
				where o.plan_id = :p order by o.position, t.position""").param("p", plan).query(StrategicPlanRecords::target).list();
	}

	Optional<TargetRow> target(UUID id) {
		return jdbc.sql("select * from plan_target where id = :id").param("id", id).query(StrategicPlanRecords::target).optional();
	}

	boolean targetCodeTaken(UUID objective, String code, @Nullable UUID except) {
		return jdbc.sql("select count(*) from plan_target where objective_id = :o and lower(code) = lower(:c) and id <> :except")
			.param("o", objective).param("c", code).param("except", except == null ? new UUID(0, 0) : except)
			.query(Long.class).single() > 0;
	}

	void insertTarget(UUID id, UUID objective, TargetForm form, Measure.Unit unit) {
		jdbc.sql("""
				insert into plan_target (id, objective_id, code, title_sw, title_en, indicator_sw, indicator_en, unit, direction,
				  measure_code, baseline, baseline_year, owner, position)
				values (:id, :o, :code, :titleSw, :titleEn, :indicatorSw, :indicatorEn, :unit, :direction, :measure, :baseline,
				  :baselineYear, :owner, (select coalesce(max(position), 0) + 1 from plan_target where objective_id = :o))""")
			.param("id", id).param("o", objective).params(columns(form, unit)).update();
		replaceYears(id, form.yearly());
	}

	boolean updateTarget(UUID id, long version, TargetForm form, Measure.Unit unit) {
		boolean updated = jdbc.sql("""
				update plan_target set code = :code, title_sw = :titleSw, title_en = :titleEn, indicator_sw = :indicatorSw,
				  indicator_en = :indicatorEn, unit = :unit, direction = :direction, measure_code = :measure, baseline = :baseline,
				  baseline_year = :baselineYear, owner = :owner, version = version + 1
				where id = :id and version = :v""").param("id", id).param("v", version).params(columns(form, unit)).update() == 1;
		if (updated) {
			replaceYears(id, form.yearly());
		}
		return updated;
	}

	private static Map<String, Object> columns(TargetForm form, Measure.Unit unit) {
		Map<String, Object> columns = new HashMap<>();
		columns.put("code", form.code().strip());
		columns.put("titleSw", form.titleSw().strip());
		columns.put("titleEn", form.titleEn().strip());
		columns.put("indicatorSw", form.indicatorSw().strip());
		columns.put("indicatorEn", form.indicatorEn().strip());
		columns.put("unit", unit.name());
		columns.put("direction", form.direction().name());
		columns.put("measure", form.computed() ? form.measureCode().strip() : null);
		columns.put("baseline", form.baseline());
		columns.put("baselineYear", form.baselineYear());
		columns.put("owner", form.owner().strip());
		return columns;
	}

	private void replaceYears(UUID target, Map<Integer, BigDecimal> yearly) {
		jdbc.sql("delete from plan_target_year where target_id = :t").param("t", target).update();
		yearly.forEach((year, value) -> jdbc.sql("insert into plan_target_year (target_id, fiscal_year, target) values (:t, :y, :v)")
			.param("t", target).param("y", year).param("v", value).update());
	}

	/** Yearly targets of every target of the plan: target → fiscal year → target. */
	Map<UUID, Map<Integer, BigDecimal>> yearlyTargets(UUID plan) {
		Map<UUID, Map<Integer, BigDecimal>> all = new HashMap<>();
		jdbc.sql("""
				select y.* from plan_target_year y join plan_target t on t.id = y.target_id
				join plan_objective o on o.id = t.objective_id where o.plan_id = :p""").param("p", plan)
			.query((ResultSet rs) -> {
				all.computeIfAbsent(rs.getObject("target_id", UUID.class), k -> new TreeMap<>())
					.put(rs.getInt("fiscal_year"), rs.getBigDecimal("target"));
			});
		return all;
	}

	Map<Integer, BigDecimal> yearlyTargetsOf(UUID target) {
		Map<Integer, BigDecimal> years = new TreeMap<>();
		jdbc.sql("select * from plan_target_year where target_id = :t").param("t", target)
			.query((ResultSet rs) -> {
				years.put(rs.getInt("fiscal_year"), rs.getBigDecimal("target"));
			});
		return years;
	}

	/** Values entered by hand for the plan's targets: target → fiscal year → value. */
	Map<UUID, Map<Integer, ManualValue>> manualValues(UUID plan) {
		Map<UUID, Map<Integer, ManualValue>> all = new HashMap<>();
		jdbc.sql("""
				select m.* from plan_manual_value m join plan_target t on t.id = m.target_id
				join plan_objective o on o.id = t.objective_id where o.plan_id = :p""").param("p", plan)
			.query((ResultSet rs) -> {
				all.computeIfAbsent(rs.getObject("target_id", UUID.class), k -> new TreeMap<>()).put(rs.getInt("fiscal_year"), manual(rs));
			});
		return all;
	}

	void saveManualValue(UUID target, int year, BigDecimal value, String evidence, UUID by) {
		jdbc.sql("""
				insert into plan_manual_value (target_id, fiscal_year, value, evidence, recorded_by)
				values (:t, :y, :v, :e, :by)
				on conflict (target_id, fiscal_year) do update set value = excluded.value, evidence = excluded.evidence,
				  recorded_by = excluded.recorded_by, recorded_at = now()""")
			.param("t", target).param("y", year).param("v", value).param("e", evidence).param("by", by).update();
	}

	UUID planOfTarget(UUID target) {
		return jdbc.sql("select o.plan_id from plan_target t join plan_objective o on o.id = t.objective_id where t.id = :t")
			.param("t", target).query(UUID.class).single();
	}

	private static PlanRow plan(ResultSet rs, int n) throws SQLException {
		return new PlanRow(rs.getObject("id", UUID.class), PlanKind.valueOf(rs.getString("kind")), rs.getString("title_sw"),
				rs.getString("title_en"), rs.getInt("first_year"), rs.getInt("last_year"), rs.getInt("on_track_percent"),
				rs.getInt("at_risk_percent"));
	}

	private static ObjectiveRow objective(ResultSet rs, int n) throws SQLException {
		return new ObjectiveRow(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class), rs.getString("code"),
				rs.getString("title_sw"), rs.getString("title_en"));
	}

	private static TargetRow target(ResultSet rs, int n) throws SQLException {
		return new TargetRow(rs.getObject("id", UUID.class), rs.getObject("objective_id", UUID.class), rs.getString("code"),
				rs.getString("title_sw"), rs.getString("title_en"), rs.getString("indicator_sw"), rs.getString("indicator_en"),
				Measure.Unit.valueOf(rs.getString("unit")), Direction.valueOf(rs.getString("direction")), rs.getString("measure_code"),
				rs.getBigDecimal("baseline"), (Integer) rs.getObject("baseline_year"), rs.getString("owner"), rs.getLong("version"));
	}

	private static ManualValue manual(ResultSet rs) throws SQLException {
		return new ManualValue(rs.getBigDecimal("value"), rs.getString("evidence"), rs.getObject("recorded_by", UUID.class),
				rs.getObject("recorded_at", OffsetDateTime.class));
	}
}
