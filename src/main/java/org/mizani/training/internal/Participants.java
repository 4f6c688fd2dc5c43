package org.mizani.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.training.AttendanceMark;
import org.mizani.training.CertificateCheck;
import org.mizani.training.NominationForm;
import org.mizani.training.ParticipantStatus;
import org.mizani.training.ParticipantView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Participants of sessions, their attendance and their certificates. */
@Repository
class Participants {

	private static final String SELECT = """
			select p.*, i.acronym, c.code, c.revoked_at from training_participant p join institution i on i.id = p.institution_id
			left join training_certificate c on c.participant_id = p.id""";

	private final JdbcClient jdbc;

	Participants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<org.mizani.training.TrainedOfficer> ofInstitution(UUID institution) {
		return jdbc.sql("""
				select p.id, p.session_id, s.title, s.programme_id, s.starts_on, s.ends_on, p.full_name, p.position, p.status,
				       c.code, c.revoked_at
				from training_participant p join training_session s on s.id = p.session_id
				left join training_certificate c on c.participant_id = p.id
				where p.institution_id = :i order by s.starts_on desc, lower(p.full_name)
				""").param("i", institution)
			.query((rs, n) -> new org.mizani.training.TrainedOfficer(rs.getObject("id", UUID.class),
					rs.getObject("session_id", UUID.class), rs.getString("title"), rs.getObject("programme_id", UUID.class),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getString("full_name"),
					rs.getString("position"), org.mizani.training.ParticipantStatus.valueOf(rs.getString("status")),
					rs.getString("code"), rs.getTimestamp("revoked_at") != null))
			.list();
	}

	List<ParticipantView> ofSession(UUID session, @Nullable UUID onlyInstitution) {
		List<ParticipantView> list = jdbc.sql(SELECT + " where p.session_id = :s"
				+ (onlyInstitution == null ? "" : " and p.institution_id = :i") + " order by i.acronym, lower(p.full_name)")
			.param("s", session).param("i", onlyInstitution == null ? new UUID(0, 0) : onlyInstitution).query(Participants::map).list();
		Map<UUID, ParticipantView> byId = new LinkedHashMap<>();
		list.forEach(p -> byId.put(p.id(), p));
		jdbc.sql("""
				select a.* from training_attendance a join training_participant p on p.id = a.participant_id where p.session_id = :s
				""").param("s", session).query((rs, n) -> {
					ParticipantView p = byId.get(rs.getObject("participant_id", UUID.class));
					if (p != null) {
						p.attendance().put(rs.getObject("day", LocalDate.class), AttendanceMark.valueOf(rs.getString("mark")));
					}
					return null;
				}).list();
		return new ArrayList<>(byId.values());
	}

	Optional<ParticipantView> find(UUID id) {
		Optional<ParticipantView> found = jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(Participants::map).optional();
		found.ifPresent(p -> jdbc.sql("select * from training_attendance where participant_id = :p").param("p", id)
			.query((rs, n) -> p.attendance().put(rs.getObject("day", LocalDate.class), AttendanceMark.valueOf(rs.getString("mark"))))
			.list());
		return found;
	}

	/**
	 * Holds the session's row until the transaction ends, so that two nominations or two approvals at
	 * the same moment are counted one after the other and neither quota nor capacity is exceeded.
	 */
	void lockSession(UUID session) {
		jdbc.sql("select id from training_session where id = :id for update").param("id", session).query(UUID.class).optional();
	}

	long holdingPlaces(UUID session, UUID institution) {
		return jdbc.sql("""
				select count(*) from training_participant where session_id = :s and institution_id = :i
				and status in ('NOMINATED', 'APPROVED', 'WAITLISTED')
				""").param("s", session).param("i", institution).query(Long.class).single();
	}

	long approved(UUID session) {
		return jdbc.sql("select count(*) from training_participant where session_id = :s and status = 'APPROVED'").param("s", session)
			.query(Long.class).single();
	}

	boolean emailTaken(UUID session, String email) {
		return jdbc.sql("select count(*) from training_participant where session_id = :s and lower(email) = lower(:e)")
			.param("s", session).param("e", email.strip()).query(Long.class).single() > 0;
	}

	void insert(UUID id, UUID session, UUID institution, @Nullable UUID user, NominationForm form, UUID by) {
		jdbc.sql("""
				insert into training_participant (id, session_id, institution_id, user_id, full_name, email, position, status, nominated_by)
				values (:id, :s, :i, :u, :name, :email, :position, 'NOMINATED', :by)
				""").param("id", id).param("s", session).param("i", institution).param("u", user).param("name", form.fullName().strip())
			.param("email", form.email().strip().toLowerCase(java.util.Locale.ROOT))
			.param("position", org.mizani.platform.Rows.blankToNull(form.position())).param("by", by).update();
	}

	boolean decide(UUID id, ParticipantStatus from, ParticipantStatus to) {
		return jdbc.sql("update training_participant set status = :to, decided_at = now() where id = :id and status = :from")
			.param("id", id).param("from", from.name()).param("to", to.name()).update() == 1;
	}

	void mark(UUID participant, LocalDate day, AttendanceMark mark) {
		jdbc.sql("""
				insert into training_attendance (participant_id, day, mark) values (:p, :d, :m)
				on conflict (participant_id, day) do update set mark = :m
				""").param("p", participant).param("d", day).param("m", mark.name()).update();
	}

	boolean issue(UUID participant, String code) {
		return jdbc.sql("insert into training_certificate (id, participant_id, code) values (:id, :p, :c) on conflict do nothing")
			.param("id", UUID.randomUUID()).param("p", participant).param("c", code).update() == 1;
	}

	boolean revoke(UUID participant, String reason) {
		return jdbc.sql("update training_certificate set revoked_at = now(), revoke_reason = :r where participant_id = :p and revoked_at is null")
			.param("p", participant).param("r", reason).update() == 1;
	}

	/** The certificate of this code; the lookup is by a unique index on the whole code, so it takes the same time whatever is asked. */
	Optional<CertificateCheck> check(String code) {
		return jdbc.sql("""
				select p.full_name, g.title_sw, g.title_en, s.title, s.starts_on, s.ends_on, c.revoked_at
				from training_certificate c join training_participant p on p.id = c.participant_id
				join training_session s on s.id = p.session_id join training_programme g on g.id = s.programme_id
				where c.code = :c
				""").param("c", code).query((rs, n) -> new CertificateCheck(rs.getString("full_name"), rs.getString("title_sw"),
						rs.getString("title_en"), rs.getString("title"), rs.getObject("starts_on", LocalDate.class),
						rs.getObject("ends_on", LocalDate.class), rs.getObject("revoked_at") != null))
			.optional();
	}

	private static ParticipantView map(ResultSet rs, int n) throws SQLException {
		return new ParticipantView(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
				rs.getObject("institution_id", UUID.class), rs.getString("acronym"), rs.getObject("user_id", UUID.class),
				rs.getString("full_name"), rs.getString("email"), rs.getString("position"),
				ParticipantStatus.valueOf(rs.getString("status")), new TreeMap<>(), rs.getString("code"),
				rs.getObject("revoked_at") != null);
	}
}
