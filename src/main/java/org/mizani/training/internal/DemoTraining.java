package org.mizani.training.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.mizani.identity.Role;
import org.mizani.identity.UserDirectory;
import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement;
import org.mizani.platform.Actor;
import org.mizani.platform.DemoData;
import org.mizani.platform.SystemCaller;
import org.mizani.training.AttendanceMark;
import org.mizani.training.NominationForm;
import org.mizani.training.ParticipantStatus;
import org.mizani.training.ProgrammeForm;
import org.mizani.training.SessionForm;
import org.mizani.training.SessionStatus;
import org.mizani.training.TrainingActivity;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: the founding scenario — "ICT systems security management", FY 2021/22, 200 institutions in
 * four phases with TCRA; phase 1 in September 2021, phase 2 opened in Dodoma on 30 November 2021, phases
 * 3 and 4 planned — with participants, attendance and certificates; and a refresher course of the
 * current fiscal year open for nominations, to try them.
 */
@Component
@Profile("demo")
@Order(60)
class DemoTraining implements ApplicationRunner {

	private final Programmes programmes;
	private final Participants participants;
	private final FollowUpRecords followUps;
	private final InstitutionManagement institutions;
	private final UserDirectory directory;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;

	DemoTraining(Programmes programmes, Participants participants, FollowUpRecords followUps, InstitutionManagement institutions,
			UserDirectory directory, JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events) {
		this.followUps = followUps;
		this.programmes = programmes;
		this.participants = participants;
		this.institutions = institutions;
		this.directory = directory;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoData.loadOnce(jdbc, transaction, "training_programme", null, this::load);
	}

	private void load() {
		UUID programme = UUID.randomUUID();
		programmes.insert(programme, new ProgrammeForm("Usimamizi wa usalama wa mifumo ya TEHAMA", "ICT systems security management",
				2021, 200, 4, "TCRA", new BigDecimal("480000000"), null, null), TrainingService.modules(null));
		events.publishEvent(new TrainingActivity("training.programme-created", programme.toString(), null,
				"ICT systems security management FY 2021 (demo data)", Actor.anonymous("demo-data")));
		List<String> all = List.of("STANDARDS", "SECURITY", "PROJECTS", "INCIDENTS");
		UUID phase1 = session(programme, 1, "Phase 1 — Morogoro", LocalDate.of(2021, 9, 13), "Morogoro", "Morogoro", all,
				SessionStatus.COMPLETED);
		UUID phase2 = session(programme, 2, "Phase 2 — Dodoma", LocalDate.of(2021, 11, 30), "Dodoma", "Dodoma", all,
				SessionStatus.COMPLETED);
		session(programme, 3, "Phase 3 — Mwanza", LocalDate.of(2022, 3, 14), "Mwanza", "Mwanza", all, SessionStatus.PLANNED);
		session(programme, 4, "Phase 4 — Arusha", LocalDate.of(2022, 5, 16), "Arusha", "Arusha", all, SessionStatus.PLANNED);
		attend(phase1, List.of("MOF", "TRA", "NIDA", "RITA", "BRELA", "MOH", "PO-PSMGG", "NBS"), 5);
		attend(phase2, List.of("DODOMA-CC", "DODOMA-RS", "BAHI-DC", "UDOM", "PPRA", "TMDA", "MOEST", "KINONDONI-MC"), 5);
		answerFollowUps(phase1, 6, 5);
		answerFollowUps(phase2, 4, 3);

		UUID refresher = UUID.randomUUID();
		int year = LocalDate.now().getMonthValue() >= 7 ? LocalDate.now().getYear() : LocalDate.now().getYear() - 1;
		programmes.insert(refresher, new ProgrammeForm("Mafunzo rejea ya viwango vya Serikali Mtandao",
				"e-Government standards refresher", year, 100, 2, "TCRA", null, null, 60), TrainingService.modules(null));
		LocalDate start = LocalDate.of(year + 1, 2, 9);
		session(refresher, 1, "Refresher — Dar es Salaam", start, "Dar es Salaam", "Dar es Salaam", List.of("STANDARDS", "SECURITY"),
				SessionStatus.OPEN);
	}

	private UUID session(UUID programme, int phase, String title, LocalDate start, String venue, String region, List<String> modules,
			SessionStatus status) {
		UUID id = UUID.randomUUID();
		programmes.insertSession(id, new SessionForm(programme, phase, title, start, start.plusDays(4), venue, region, 60, 3,
				"eGA and TCRA security team", modules, "TCRA"));
		jdbc.sql("update training_session set status = :s where id = :id").param("s", status.name()).param("id", id).update();
		return id;
	}

	/**
	 * The completed session's follow-ups, the first few institutions having answered: most apply the
	 * security practices, fewer the project review; staff shortage stays the hardest challenge.
	 */
	private void answerFollowUps(UUID session, int answeredAtThree, int answeredAtSix) {
		followUps.schedule(session);
		int three = 0;
		int six = 0;
		int n = 0;
		for (org.mizani.training.FollowUpView f : followUps.list(null, null)) {
			if (!f.sessionId().equals(session)) {
				continue;
			}
			boolean answer = f.months() == 3 ? three++ < answeredAtThree : six++ < answeredAtSix;
			if (!answer) {
				continue;
			}
			n++;
			java.util.Map<String, List<String>> practices = new java.util.LinkedHashMap<>();
			practices.put("SECURITY", n % 3 == 0 ? List.of("P3") : List.of("P3", "P5"));
			practices.put("INCIDENTS", List.of("P7"));
			if (n % 2 == 0) {
				practices.put("PROJECTS", List.of("P6"));
			}
			java.util.Map<String, org.mizani.training.FollowUpAnswers.Outcome> challenges = new java.util.LinkedHashMap<>();
			challenges.put("C1", n % 4 == 0 ? org.mizani.training.FollowUpAnswers.Outcome.PARTLY_SOLVED
					: org.mizani.training.FollowUpAnswers.Outcome.NOT_SOLVED);
			challenges.put("C3", n % 2 == 0 ? org.mizani.training.FollowUpAnswers.Outcome.SOLVED
					: org.mizani.training.FollowUpAnswers.Outcome.PARTLY_SOLVED);
			followUps.answer(f.id(), new org.mizani.training.FollowUpAnswers(practices, null, challenges, null,
					n % 2 == 0 ? "Help to write a disaster-recovery plan" : "A second training for system administrators"), SystemCaller.SYSTEM);
		}
	}

	/** Two officers from each institution; the second of every fourth institution misses two days and earns no certificate. */
	private void attend(UUID session, List<String> acronyms, int days) {
		LocalDate first = jdbc.sql("select starts_on from training_session where id = :id").param("id", session)
			.query(LocalDate.class).single();
		int n = 0;
		for (String acronym : acronyms) {
			UUID institution = institutions.findByAcronym(acronym).map(InstitutionId::value).orElse(null);
			if (institution == null) {
				continue;
			}
			List<String[]> people = new java.util.ArrayList<>();
			directory.members(institution, EnumSet.of(Role.ICT_OFFICER)).stream().findFirst()
				.ifPresent(c -> people.add(new String[] { c.fullName(), c.email(), c.id().value().toString() }));
			people.add(new String[] { "ICT Officer " + acronym, "ict." + n + "@" + acronym.toLowerCase() + ".demo.go.tz", null });
			if (people.size() < 2) {
				people.add(new String[] { "Systems Administrator " + acronym, "sysadmin." + n + "@" + acronym.toLowerCase() + ".demo.go.tz", null });
			}
			for (int k = 0; k < 2 && k < people.size(); k++) {
				String[] person = people.get(k);
				UUID id = UUID.randomUUID();
				participants.insert(id, session, institution, person[2] == null ? null : UUID.fromString(person[2]),
						new NominationForm(person[0], person[1], k == 0 ? "ICT Officer" : "Systems Administrator"), SystemCaller.SYSTEM);
				participants.decide(id, ParticipantStatus.NOMINATED, ParticipantStatus.APPROVED);
				boolean partial = k == 1 && n % 4 == 3;
				for (int d = 0; d < days; d++) {
					AttendanceMark mark = partial && d >= 3 ? AttendanceMark.ABSENT : d == 1 && k == 1 ? AttendanceMark.LATE : AttendanceMark.PRESENT;
					participants.mark(id, first.plusDays(d), mark);
				}
				if (!partial) {
					participants.issue(id, TrainingDeliveryService.newCode());
				}
			}
			n++;
		}
	}
}
