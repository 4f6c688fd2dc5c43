package org.mizani.training.internal;

import static org.mizani.platform.Rows.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mizani.platform.SqlText;
import org.mizani.training.ModuleView;
import org.mizani.training.PlanProgress;
import org.mizani.training.ProgrammeForm;
import org.mizani.training.ProgrammeView;
import org.mizani.training.SessionForm;
import org.mizani.training.SessionStatus;
import org.mizani.training.SessionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programmes, their modules and sessions, and the plan's progress. */
@Repository
class Programmes {

	private static final String SESSION = """
			select s.*, (select count(*) from training_participant p where p.session_id = s.id and p.status = 'APPROVED') as approved,
			  (select count(*) from training_participant p where p.session_id = s.id and p.status in ('NOMINATED', 'WAITLISTED')) as waiting
			from training_session s""";

	private final JdbcClient jdbc;

	Programmes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ProgrammeView> all() {
		return jdbc.sql("select * from training_programme order by fiscal_year desc, title_en").query(this::programme).list();
	}

	Optional<ProgrammeView> find(UUID id) {
		return jdbc.sql("select * from training_programme where id = :id").param("id", id).query(this::programme).optional();
	}

	void insert(UUID id, ProgrammeForm form, List<ModuleView> modules) {
		jdbc.sql("""
				insert into training_programme (id, title_sw, title_en, fiscal_year, target_institutions, phases, co_organisers, budget_tzs,
				  certificate_pass_mark)
				values (:id, :sw, :en, :fy, :target, :phases, :co, :budget, :pass)
				""").param("id", id).param("sw", form.titleSw().strip()).param("en", form.titleEn().strip())
			.param("fy", form.fiscalYear()).param("target", form.targetInstitutions()).param("phases", form.phases())
			.param("co", blankToNull(form.coOrganisers())).param("budget", form.budgetTzs())
			.param("pass", form.certificatePassMark()).update();
		for (int i = 0; i < modules.size(); i++) {
			jdbc.sql("insert into training_module (programme_id, code, title_sw, title_en, position) values (:p, :c, :sw, :en, :i)")
				.param("p", id).param("c", modules.get(i).code()).param("sw", modules.get(i).titleSw())
				.param("en", modules.get(i).titleEn()).param("i", i).update();
		}
	}

	private ProgrammeView programme(ResultSet rs, int n) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<ModuleView> modules = jdbc.sql("select * from training_module where programme_id = :p order by position").param("p", id)
			.query((m, i) -> new ModuleView(m.getString("code"), m.getString("title_sw"), m.getString("title_en"))).list();
		return new ProgrammeView(id, rs.getString("title_sw"), rs.getString("title_en"), rs.getInt("fiscal_year"),
				rs.getInt("target_institutions"), rs.getInt("phases"), rs.getString("co_organisers"), rs.getBigDecimal("budget_tzs"),
				modules, rs.getObject("certificate_pass_mark", Integer.class), rs.getLong("version"));
	}

	List<SessionView> sessions(UUID programme) {
		return jdbc.sql(SESSION + " where s.programme_id = :p order by s.starts_on").param("p", programme).query(Programmes::session)
			.list();
	}

	Optional<SessionView> session(UUID id) {
		return jdbc.sql(SESSION + " where s.id = :id").param("id", id).query(Programmes::session).optional();
	}

	void insertSession(UUID id, SessionForm f) {
		jdbc.sql("""
				insert into training_session (id, programme_id, phase, title, starts_on, ends_on, venue, region, capacity,
				  quota_per_institution, trainers, modules, co_organisers, status)
				values (:id, :p, :phase, :title, :start, :end, :venue, :region, :capacity, :quota, :trainers,
				  cast(:modules as varchar[]), :co, 'PLANNED')
				""").param("id", id).param("p", f.programmeId()).param("phase", f.phase()).param("title", f.title().strip())
			.param("start", f.startsOn()).param("end", f.endsOn()).param("venue", f.venue().strip()).param("region", f.region().strip())
			.param("capacity", f.capacity()).param("quota", f.quotaPerInstitution()).param("trainers", blankToNull(f.trainers()))
			.param("modules", SqlText.arrayLiteral(f.moduleCodes())).param("co", blankToNull(f.coOrganisers())).update();
	}

	boolean changeStatus(UUID id, SessionStatus from, SessionStatus to, long version) {
		return jdbc.sql("""
				update training_session set status = :to, version = version + 1
				where id = :id and status = :from and version = :v
				""").param("id", id).param("from", from.name()).param("to", to.name()).param("v", version).update() == 1;
	}

	private static SessionView session(ResultSet rs, int n) throws SQLException {
		return new SessionView(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class), rs.getInt("phase"),
				rs.getString("title"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getString("venue"), rs.getString("region"), rs.getInt("capacity"), rs.getInt("quota_per_institution"),
				rs.getString("trainers"), Arrays.asList((String[]) rs.getArray("modules").getArray()), rs.getString("co_organisers"),
				SessionStatus.valueOf(rs.getString("status")), rs.getLong("approved"), rs.getLong("waiting"), rs.getLong("version"));
	}

	/**
	 * Sessions, institutions and officers reached (an approved participant who attended a day), overall and
	 * by phase, institution type and region, in one pass over the programme's participants.
	 */
	PlanProgress reached(ProgrammeView programme, long neverTrained) {
		List<PlanProgress.Line> overall = new java.util.ArrayList<>();
		List<PlanProgress.Line> phases = new java.util.ArrayList<>();
		List<PlanProgress.Line> types = new java.util.ArrayList<>();
		List<PlanProgress.Line> regions = new java.util.ArrayList<>();
		jdbc.sql("""
				with reached as (
				  select s.id as session_id, s.phase, p.id as participant_id, p.institution_id, i.type, i.region
				  from training_session s
				  left join training_participant p on p.session_id = s.id and p.status = 'APPROVED'
				    and exists (select 1 from training_attendance a where a.participant_id = p.id and a.mark in ('PRESENT', 'LATE'))
				  left join institution i on i.id = p.institution_id
				  where s.programme_id = :p and s.status <> 'CANCELLED')
				select grouping(phase) as by_phase, grouping(type) as by_type, grouping(region) as by_region,
				  cast(phase as varchar) as phase_key, type, region, count(distinct session_id) as sessions,
				  count(distinct institution_id) as institutions, count(distinct participant_id) as officers
				from reached group by grouping sets ((), (phase), (type), (region))
				order by phase, type, region
				""").param("p", programme.id()).query((rs, n) -> {
					boolean phase = rs.getInt("by_phase") == 0;
					boolean type = rs.getInt("by_type") == 0;
					boolean region = rs.getInt("by_region") == 0;
					String key = phase ? rs.getString("phase_key") : type ? rs.getString("type") : region ? rs.getString("region") : "all";
					PlanProgress.Line line = new PlanProgress.Line(key == null ? "" : key, rs.getLong("sessions"),
							rs.getLong("institutions"), rs.getLong("officers"));
					(phase ? phases : type ? types : region ? regions : overall).add(line);
					return line;
				}).list();
		return new PlanProgress(programme, phases, overall.isEmpty() ? new PlanProgress.Line("all", 0, 0, 0) : overall.get(0),
				types.stream().filter(l -> !l.key().isEmpty()).toList(), regions.stream().filter(l -> !l.key().isEmpty()).toList(),
				neverTrained);
	}

	/** The institutions each session of the programme reached: an approved participant who attended a day. */
	java.util.Map<UUID, java.util.Set<UUID>> reachedBySession(UUID programme) {
		java.util.Map<UUID, java.util.Set<UUID>> reached = new java.util.HashMap<>();
		jdbc.sql("""
				select distinct p.session_id, p.institution_id from training_participant p join training_session s on s.id = p.session_id
				where s.programme_id = :p and p.status = 'APPROVED'
				and exists (select 1 from training_attendance a where a.participant_id = p.id and a.mark in ('PRESENT', 'LATE'))
				""").param("p", programme)
			.query((rs, n) -> reached.computeIfAbsent(rs.getObject("session_id", UUID.class), k -> new java.util.HashSet<>())
				.add(rs.getObject("institution_id", UUID.class)))
			.list();
		return reached;
	}

	long neverTrained() {
		return jdbc.sql("""
				select count(*) from institution i where i.active and not exists (
				  select 1 from training_participant p where p.institution_id = i.id and p.status = 'APPROVED'
				  and exists (select 1 from training_attendance a where a.participant_id = p.id and a.mark in ('PRESENT', 'LATE')))
				""").query(Long.class).single();
	}
}
