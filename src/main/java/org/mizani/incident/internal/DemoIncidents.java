package org.mizani.incident.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.identity.Role;
import org.mizani.identity.UserDirectory;
import org.mizani.incident.EntryView;
import org.mizani.incident.IncidentActivity;
import org.mizani.incident.IncidentStatus;
import org.mizani.incident.IndicatorKind;
import org.mizani.incident.Severity;
import org.mizani.incident.Tlp;
import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement;
import org.mizani.platform.Actor;
import org.mizani.platform.DemoData;
import org.mizani.platform.SystemCaller;
import org.mizani.system.SystemRegister;
import org.mizani.system.SystemSummary;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: incidents in every state across the taxonomy — a phishing wave at three institutions that
 * shares its indicators, a ransomware attack on a hospital system escalated to the national CERT whose
 * final report is overdue, a closed denial of service with its lessons learned, a TLP:RED data leak, a
 * rejected scan, a duplicate and a merged report.
 */
@Component
@Profile("demo")
@Order(55)
class DemoIncidents implements ApplicationRunner {

	private final Incidents incidents;
	private final IncidentRecords records;
	private final ReportingClock clock;
	private final InstitutionManagement institutions;
	private final SystemRegister systems;
	private final UserDirectory directory;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;

	DemoIncidents(Incidents incidents, IncidentRecords records, ReportingClock clock, InstitutionManagement institutions,
			SystemRegister systems, UserDirectory directory, JdbcClient jdbc, TransactionTemplate transaction,
			ApplicationEventPublisher events) {
		this.incidents = incidents;
		this.records = records;
		this.clock = clock;
		this.institutions = institutions;
		this.systems = systems;
		this.directory = directory;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoData.loadOnce(jdbc, transaction, "incident", "SECURITY_ANALYST", this::load);
	}

	private void load() {
		Instant now = Instant.now();
		UUID analyst = directory.staff(EnumSet.of(Role.SECURITY_ANALYST)).stream().findFirst().map(c -> c.id().value())
			.orElse(SystemCaller.SYSTEM);
		UUID partner = institutions.findByAcronym("TCRA").map(InstitutionId::value).orElse(null);

		UUID phishMof = incident("MOF", "Phishing e-mails imitating the e-Government Authority",
				"Staff received e-mails asking them to 'verify' their government mail password on a look-alike site.",
				now.minus(Duration.ofDays(6)), "fraud", "phishing", Severity.HIGH, Tlp.AMBER, IncidentStatus.TRIAGED, analyst,
				List.of(), now, true);
		UUID phishDodoma = incident("DODOMA-CC", "Staff passwords phished through a fake mail login page",
				"Two revenue officers entered their passwords on a fake government mail page; the accounts were used to send more phishing.",
				now.minus(Duration.ofDays(5)), "fraud", "phishing", Severity.HIGH, Tlp.AMBER, IncidentStatus.CONTAINED, analyst,
				List.of("Local Government Revenue Collection System"), now, true);
		UUID phishTra = incident("TRA", "Suspicious e-mails about password expiry",
				"Several officers reported e-mails saying their password expires today, with a link to a login page.",
				now.minus(Duration.ofHours(20)), "fraud", "phishing", Severity.MEDIUM, Tlp.GREEN, IncidentStatus.REPORTED, null,
				List.of(), now, false);
		for (UUID incident : List.of(phishMof, phishDodoma, phishTra)) {
			indicator(incident, IndicatorKind.DOMAIN, "ega-gov-tz.com");
			indicator(incident, IndicatorKind.EMAIL, "support@ega-gov-tz.com");
		}
		indicator(phishMof, IndicatorKind.URL, "https://ega-gov-tz.com/mail/verify");
		indicator(phishDodoma, IndicatorKind.URL, "https://ega-gov-tz.com/mail/verify");
		indicator(phishDodoma, IndicatorKind.IPV4, "185.220.101.47");

		UUID ransomware = incident("MOH", "Ransomware on the referral hospital records server",
				"Files on the medical records database server were encrypted and a ransom note left; the system was taken offline.",
				now.minus(Duration.ofDays(40)), "malicious-code", "ransomware", Severity.CRITICAL, Tlp.AMBER,
				IncidentStatus.CONTAINED, analyst, List.of("Electronic Medical Records"), now, false);
		indicator(ransomware, IndicatorKind.SHA256, "5f2b7e0d0c1a4e6b9d3f8a7c6b5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c");
		indicator(ransomware, IndicatorKind.IPV4, "45.137.21.9");
		if (partner != null) {
			jdbc.sql("update incident set escalated_to = :p, escalated_at = :at where id = :id").param("p", partner)
				.param("at", Timestamp.from(now.minus(Duration.ofDays(39)))).param("id", ransomware).update();
			records.insertEntry(ransomware, EntryView.Kind.TRANSITION, "ESCALATED: national health service affected",
					false, now.minus(Duration.ofDays(39)), analyst);
			records.insertEntry(ransomware, EntryView.Kind.COMMENT,
					"TZ-CERT: the hash matches a strain seen in the region; we are sharing decryptor status.", false,
					now.minus(Duration.ofDays(38)), analyst);
		}
		// Early warning on time, notification late, final report never sent: overdue.
		sent(ransomware, "EARLY_WARNING", now.minus(Duration.ofDays(40)).plus(Duration.ofHours(6)));
		sent(ransomware, "NOTIFICATION", now.minus(Duration.ofDays(40)).plus(Duration.ofHours(90)));
		records.insertTask(UUID.randomUUID(), ransomware, "Restore the records database from the offline backup", analyst,
				java.time.LocalDate.now(IncidentService.ZONE).minusDays(30));

		UUID ddos = incident("eGA", "Denial of service against the Government Service Bus",
				"A flood of requests from many addresses slowed the service bus for two hours.",
				now.minus(Duration.ofDays(70)), "availability", "ddos", Severity.HIGH, Tlp.GREEN, IncidentStatus.CLOSED, analyst,
				List.of("Government Service Bus"), now, false);
		jdbc.sql("update incident set root_cause = :r, lessons_learned = :l where id = :id")
			.param("r", "Rate limits were set per node, not per client; a botnet stayed under each node's limit.")
			.param("l", "Rate-limit per client at the gateway; keep the upstream scrubbing contact on the runbook.")
			.param("id", ddos).update();
		for (String stage : List.of("EARLY_WARNING", "NOTIFICATION", "FINAL_REPORT")) {
			sent(ddos, stage, now.minus(Duration.ofDays(70)).plus(Duration.ofHours(stage.equals("FINAL_REPORT") ? 400 : 10)));
		}

		UUID leak = incident("NIDA", "Identity records offered for sale on a forum",
				"A sample of identity records appeared on a forum; the source is being investigated.",
				now.minus(Duration.ofDays(12)), "information-content-security", "data-leak", Severity.CRITICAL, Tlp.RED,
				IncidentStatus.RECOVERED, analyst, List.of("Identity Verification Service"), now, true);
		sent(leak, "EARLY_WARNING", now.minus(Duration.ofDays(12)).plus(Duration.ofHours(20)));
		sent(leak, "NOTIFICATION", now.minus(Duration.ofDays(12)).plus(Duration.ofHours(60)));

		UUID scan = incident("UDSM", "Port scan against the academic records system",
				"The firewall logged a scan of all ports from one address.", now.minus(Duration.ofDays(20)), "information-gathering",
				"scanner", Severity.LOW, Tlp.CLEAR, IncidentStatus.REJECTED, analyst, List.of("Academic Records System"), now, true);
		records.insertEntry(scan, EntryView.Kind.TRANSITION, "REJECTED: authorised penetration test by the university's contractor",
				false, now.minus(Duration.ofDays(19)), analyst);

		UUID duplicate = incident("DODOMA-CC", "Phishing e-mail reported again by the finance office",
				"The same phishing e-mail reported by another office.", now.minus(Duration.ofDays(5)), "fraud", "phishing",
				Severity.MEDIUM, Tlp.AMBER, IncidentStatus.DUPLICATE, analyst, List.of(), now, false);
		jdbc.sql("update incident set related_to = :r where id = :id").param("r", phishDodoma).param("id", duplicate).update();

		UUID brute = incident("RITA", "Password guessing against the registration portal",
				"Thousands of failed logins from a few addresses against administrator accounts.", now.minus(Duration.ofDays(15)),
				"intrusion-attempts", "brute-force", Severity.MEDIUM, Tlp.GREEN, IncidentStatus.ERADICATED, analyst,
				List.of("Births and Deaths Registration"), now, true);
		indicator(brute, IndicatorKind.IPV4, "185.220.101.47");
		for (String stage : List.of("EARLY_WARNING", "NOTIFICATION")) {
			sent(brute, stage, now.minus(Duration.ofDays(15)).plus(Duration.ofHours(12)));
		}
		history(analyst, now);
	}

	/** Kinds of past incident: class, type, severity and title. */
	private static final String[][] PAST = {
		{ "fraud", "phishing", "MEDIUM", "Phishing e-mails to staff mailboxes" },
		{ "malicious-code", "ransomware", "HIGH", "Ransomware on a file server" },
		{ "availability", "ddos", "MEDIUM", "Website unavailable under a flood of requests" },
		{ "intrusion-attempts", "brute-force", "LOW", "Password guessing against the staff portal" },
		{ "information-content-security", "data-leak", "CRITICAL", "Personal records exposed on a public link" },
		{ "information-gathering", "scanner", "LOW", "Scan of the public address range" },
	};

	/**
	 * Closed incidents from March 2021 to June 2022, around the 2021/22 training programme, so that its impact
	 * view has incident records before and after each session. A fixed seed: every start looks the same.
	 */
	private void history(UUID analyst, Instant now) {
		java.util.Random random = new java.util.Random(2021);
		List<String> acronyms = institutions.options().stream().map(o -> o.acronym()).filter(a -> !a.equals("eGA")).sorted().toList();
		Instant from = Instant.parse("2021-03-01T07:00:00Z");
		long span = Duration.between(from, Instant.parse("2022-06-30T07:00:00Z")).toHours();
		for (int i = 0; i < 48; i++) {
			String[] kind = PAST[random.nextInt(PAST.length)];
			Instant detected = from.plus(Duration.ofHours((long) (random.nextDouble() * span)));
			UUID id = incident(acronyms.get(random.nextInt(acronyms.size())), kind[3], kind[3] + " (handled and closed).", detected,
					kind[0], kind[1], Severity.valueOf(kind[2]), Tlp.GREEN, IncidentStatus.CLOSED, analyst, List.of(), now, false);
			for (String stage : List.of("EARLY_WARNING", "NOTIFICATION", "FINAL_REPORT")) {
				sent(id, stage, detected.plus(Duration.ofHours(stage.equals("FINAL_REPORT") ? 300 : 12 + random.nextInt(48))));
			}
		}
	}

	/** One demo incident; reported by the institution's ICT officer, or by the authority on its behalf. */
	private UUID incident(String acronym, String title, String description, Instant detected, String classCode, String typeCode,
			Severity severity, Tlp tlp, IncidentStatus status, @Nullable UUID assignee, List<String> systemNames, Instant now,
			boolean onBehalf) {
		UUID institution = institutions.findByAcronym(acronym).map(InstitutionId::value).orElseThrow();
		UUID reporter = directory.members(institution, EnumSet.of(Role.ICT_OFFICER)).stream().findFirst()
			.map(c -> c.id().value()).orElse(SystemCaller.SYSTEM);
		boolean behalf = onBehalf || reporter.equals(SystemCaller.SYSTEM);
		UUID id = UUID.randomUUID();
		Instant reported = detected.plus(Duration.ofHours(2));
		incidents.insert(id, incidents.nextReference(detected.atZone(IncidentService.ZONE).getYear()), institution,
				behalf ? SystemCaller.SYSTEM : reporter, behalf, title, description, detected, detected.minus(Duration.ofHours(3)),
				classCode, typeCode, severity, tlp, null, null, null);
		Map<String, UUID> byName = new java.util.HashMap<>();
		for (SystemSummary s : systems.ofInstitution(institution)) {
			byName.put(s.name(), s.id().value());
		}
		incidents.linkSystems(id, systemNames.stream().filter(byName::containsKey).map(byName::get).toList());
		List<Instant> due = clock.due(detected, List.of());
		for (int i = 0; i < clock.stages().size(); i++) {
			records.insertStage(id, clock.stages().get(i).code(), i, due.get(i));
		}
		records.insertEntry(id, EntryView.Kind.TRANSITION, "REPORTED", false, reported, behalf ? SystemCaller.SYSTEM : reporter);
		List<IncidentStatus> path = List.of(IncidentStatus.TRIAGED, IncidentStatus.CONTAINED, IncidentStatus.ERADICATED,
				IncidentStatus.RECOVERED, IncidentStatus.CLOSED);
		Instant at = reported;
		StringBuilder stamps = new StringBuilder();
		Map<String, Object> params = new java.util.HashMap<>();
		for (IncidentStatus step : path) {
			if (status == IncidentStatus.REPORTED || (!path.contains(status) && step != IncidentStatus.TRIAGED)) {
				break;
			}
			at = at.plus(Duration.ofHours(step == IncidentStatus.TRIAGED ? 3 : 20));
			if (at.isAfter(now)) {
				at = now.minus(Duration.ofMinutes(5));
			}
			String column = switch (step) {
				case TRIAGED -> "triaged_at";
				case CONTAINED -> "contained_at";
				case ERADICATED -> "eradicated_at";
				case RECOVERED -> "recovered_at";
				default -> "closed_at";
			};
			stamps.append(", ").append(column).append(" = :").append(column);
			params.put(column, Timestamp.from(at));
			records.insertEntry(id, EntryView.Kind.TRANSITION, step.name(), false, at, assignee == null ? SystemCaller.SYSTEM : assignee);
			if (step == status) {
				break;
			}
		}
		if (!path.contains(status) && status != IncidentStatus.REPORTED) {
			stamps.append(", closed_at = :closed_at");
			params.put("closed_at", Timestamp.from(at.plus(Duration.ofHours(1))));
			records.cancelOpenStages(id);
		}
		jdbc.sql("update incident set status = :s, assignee = :a, created_at = :reported" + stamps + " where id = :id")
			.params(params).param("s", status.name()).param("a", assignee).param("reported", Timestamp.from(reported))
			.param("id", id).update();
		events.publishEvent(new IncidentActivity("incident.recorded", id.toString(), institution, title + " (demo data)",
				Actor.anonymous("demo-data")));
		return id;
	}

	private void indicator(UUID incident, IndicatorKind kind, String value) {
		records.link(incident, records.indicator(kind, Indicators.parse(kind, value).value()), null);
	}

	private void sent(UUID incident, String stage, Instant at) {
		jdbc.sql("""
				update incident_stage set submitted_at = :at, report = :r, review = 'ACCEPTED', reviewed_at = :at
				where incident_id = :i and code = :c
				""").param("at", Timestamp.from(at)).param("r", "Report sent as required (demo data).").param("i", incident)
			.param("c", stage).update();
	}
}
