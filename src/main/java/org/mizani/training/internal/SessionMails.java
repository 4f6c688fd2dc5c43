package org.mizani.training.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.mizani.identity.UserDirectory;
import org.mizani.platform.Language;
import org.mizani.platform.Mailer;
import org.mizani.training.ParticipantStatus;
import org.mizani.training.ParticipantView;
import org.mizani.training.ProgrammeView;
import org.mizani.training.SessionView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a participant is told, in their language (a participant without an account reads Kiswahili):
 * the nomination received, the coordinator's decision — a confirmation carries the calendar invitation —
 * and a withdrawal or a cancelled session, which carries the invitation's cancellation.
 */
@Component
class SessionMails {

	private final Mailer mailer;
	private final UserDirectory directory;
	private final String organizer;

	SessionMails(Mailer mailer, UserDirectory directory, @Value("${mizani.mail.from}") String organizer) {
		this.mailer = mailer;
		this.directory = directory;
		this.organizer = organizer.replaceAll(".*<([^>]+)>.*", "$1").strip();
	}

	void nominated(ParticipantView p, SessionView session) {
		send(p, session, "nominated", List.of());
	}

	void decided(ParticipantView p, SessionView session, ProgrammeView programme, ParticipantStatus was) {
		switch (p.status()) {
			case APPROVED -> send(p, session, "approved", List.of(invitation(p, session, programme, CalendarInvitation.Method.REQUEST)));
			case WAITLISTED -> send(p, session, "waitlisted", List.of());
			case DECLINED -> send(p, session, "declined", List.of());
			case WITHDRAWN -> send(p, session, "withdrawn", was == ParticipantStatus.APPROVED
					? List.of(invitation(p, session, programme, CalendarInvitation.Method.CANCEL)) : List.of());
			default -> {
			}
		}
	}

	void cancelled(List<ParticipantView> participants, SessionView session, ProgrammeView programme) {
		for (ParticipantView p : participants) {
			if (p.status() == ParticipantStatus.APPROVED) {
				send(p, session, "cancelled", List.of(invitation(p, session, programme, CalendarInvitation.Method.CANCEL)));
			}
			else if (p.status() == ParticipantStatus.NOMINATED || p.status() == ParticipantStatus.WAITLISTED) {
				send(p, session, "cancelled", List.of());
			}
		}
	}

	private void send(ParticipantView p, SessionView session, String what, List<Mailer.Attachment> attachments) {
		mailer.send(p.email(), language(p), "mail.training." + what + ".subject", "mail.training." + what + ".body", attachments,
				session.title(), p.fullName(), session.startsOn().toString(), session.endsOn().toString(),
				session.venue() + ", " + session.region(), mailer.link("/training/sessions/" + session.id()));
	}

	private Language language(ParticipantView p) {
		if (p.userId() == null) {
			return Language.SW;
		}
		UserDirectory.Contact contact = directory.contacts(Set.of(p.userId())).get(p.userId());
		return contact == null ? Language.SW : contact.language();
	}

	private Mailer.Attachment invitation(ParticipantView p, SessionView session, ProgrammeView programme,
			CalendarInvitation.Method method) {
		byte[] ics = CalendarInvitation.of(new CalendarInvitation.Event(p.id() + "@mizani", session.title(),
				session.venue() + ", " + session.region(), programme.titleEn() + " / " + programme.titleSw() + " — "
						+ mailer.link("/training/sessions/" + session.id()),
				session.startsOn(), session.endsOn(), organizer, p.fullName(), p.email()), method, Instant.now());
		return new Mailer.Attachment(method == CalendarInvitation.Method.CANCEL ? "cancel.ics" : "invitation.ics",
				"text/calendar; charset=UTF-8; method=" + method.name(), ics);
	}
}
