package org.mizani.incident.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mizani.identity.Role;
import org.mizani.identity.UserDirectory;
import org.mizani.identity.UserDirectory.Contact;
import org.mizani.incident.IncidentActivity;
import org.mizani.incident.IncidentView;
import org.mizani.platform.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mails of incident handling, each in the recipient's language: a new incident to the analysts, an
 * assignment to the analyst, an escalation to the partner's users, and reporting-clock reminders to the
 * institution before a stage is due and, when it is overdue, to the institution and the analysts. A
 * reminder is claimed by a conditional update, so two nodes never send it twice.
 */
@Component
class IncidentMail {

	private final Mailer mailer;
	private final UserDirectory directory;
	private final Incidents incidents;
	private final JdbcClient jdbc;
	private final Duration before;
	private final org.springframework.context.MessageSource messages;

	IncidentMail(Mailer mailer, UserDirectory directory, Incidents incidents, JdbcClient jdbc,
			@Value("${mizani.incident.remind-before:PT6H}") Duration before, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.mailer = mailer;
		this.directory = directory;
		this.incidents = incidents;
		this.jdbc = jdbc;
		this.before = before;
	}

	@ApplicationModuleListener
	void on(IncidentActivity activity) {
		if (!List.of("incident.reported", "incident.assigned", "incident.escalated").contains(activity.action())) {
			return;
		}
		IncidentView incident = incidents.find(UUID.fromString(activity.entityId())).orElse(null);
		if (incident == null) {
			return;
		}
		String link = mailer.link("/incidents/" + incident.id());
		switch (activity.action()) {
			case "incident.reported" -> analysts().forEach(to -> mailer.send(to.email(), to.language(),
					"mail.incident.reported.subject", "mail.incident.reported.body", incident.reference(), to.fullName(),
					incident.institutionAcronym(), incident.severity().name(), incident.tlp().label(), link));
			case "incident.assigned" -> {
				if (incident.assignee() != null) {
					directory.contacts(List.of(incident.assignee())).values().forEach(to -> mailer.send(to.email(),
							to.language(), "mail.incident.assigned.subject", "mail.incident.assigned.body", incident.reference(),
							to.fullName(), incident.institutionAcronym(), incident.severity().name(), link));
				}
			}
			default -> {
				if (incident.escalatedTo() != null) {
					directory.members(incident.escalatedTo(), EnumSet.of(Role.PARTNER)).forEach(to -> mailer.send(to.email(),
							to.language(), "mail.incident.escalated.subject", "mail.incident.escalated.body",
							incident.reference(), to.fullName(), incident.severity().name(), incident.tlp().label(), link));
				}
			}
		}
	}

	private List<Contact> analysts() {
		return directory.staff(EnumSet.of(Role.SECURITY_ANALYST));
	}

	/** The institution's people for an incident: the reporter, and its ICT officers and head unless the TLP restricts it. */
	private List<Contact> institution(IncidentView incident) {
		Map<UUID, Contact> people = new LinkedHashMap<>();
		directory.contacts(List.of(incident.reportedBy())).values().stream()
			.filter(c -> incident.institutionId().equals(c.institutionId())).forEach(c -> people.put(c.id().value(), c));
		List<UUID> allowed = incident.tlp().restricted() ? incidents.named(incident.id().value()) : null;
		for (Contact c : directory.members(incident.institutionId(), EnumSet.of(Role.ICT_OFFICER, Role.INSTITUTION_HEAD))) {
			if (allowed == null || allowed.contains(c.id().value())) {
				people.putIfAbsent(c.id().value(), c);
			}
		}
		return List.copyOf(people.values());
	}

	/** Sends the reminders that have come due; answers how many stage reminders were claimed. */
	@Scheduled(fixedDelayString = "${mizani.incident.reminder-every:PT10M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "incident.stage-reminders", lockAtMostFor = "PT10M")
	@Transactional
	public int sendReminders() {
		Instant now = Instant.now();
		int sent = 0;
		for (Object[] stage : claim("reminded_before", "s.due_at > :now and s.due_at - cast(:before as interval) <= :now", now)) {
			IncidentView incident = incidents.find((UUID) stage[0]).orElse(null);
			if (incident != null && incident.status().open()) {
				for (Contact to : institution(incident)) {
					mailer.send(to.email(), to.language(), "mail.incident.stage-due.subject", "mail.incident.stage-due.body",
							incident.reference(), to.fullName(), stage(stage[1], to), stage[2], mailer.link("/incidents/" + incident.id()));
				}
				sent++;
			}
		}
		for (Object[] stage : claim("reminded_after", "s.due_at <= :now", now)) {
			IncidentView incident = incidents.find((UUID) stage[0]).orElse(null);
			if (incident != null && !IncidentLifecycle.dismissal(incident.status())) {
				List<Contact> recipients = new java.util.ArrayList<>(institution(incident));
				recipients.addAll(analysts());
				for (Contact to : recipients) {
					mailer.send(to.email(), to.language(), "mail.incident.stage-overdue.subject",
							"mail.incident.stage-overdue.body", incident.reference(), to.fullName(), stage(stage[1], to), stage[2],
							mailer.link("/incidents/" + incident.id()));
				}
				sent++;
			}
		}
		return sent;
	}

	private String stage(Object code, Contact to) {
		return messages.getMessage("incident.stage." + code, null, String.valueOf(code), to.language().locale());
	}

	private List<Object[]> claim(String flag, String when, Instant now) {
		return jdbc.sql("update incident_stage s set " + flag + " = true where s.submitted_at is null and not s." + flag
				+ " and " + when + " returning s.incident_id, s.code, s.due_at")
			.param("now", java.sql.Timestamp.from(now)).param("before", before.getSeconds() + " seconds")
			.query((rs, n) -> new Object[] { rs.getObject("incident_id", UUID.class), rs.getString("code"),
					rs.getObject("due_at", java.time.OffsetDateTime.class).atZoneSameInstant(IncidentService.ZONE)
						.toLocalDateTime().withNano(0).toString().replace('T', ' ') })
			.list();
	}
}
