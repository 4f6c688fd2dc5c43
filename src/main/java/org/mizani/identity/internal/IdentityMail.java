package org.mizani.identity.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.mizani.platform.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** E-mails about a user's own account, in the user's preferred language. */
@Component
class IdentityMail {

	private final Mailer mailer;
	private final ZoneId zone;

	IdentityMail(Mailer mailer, @Value("${mizani.time-zone:Africa/Dar_es_Salaam}") String zone) {
		this.mailer = mailer;
		this.zone = ZoneId.of(zone);
	}

	void passwordReset(UserAccount to, String token) {
		send(to, "mail.reset.subject", "mail.reset.body", to.fullName(), mailer.link("/password/reset#" + token));
	}

	void invitation(UserAccount to, String token) {
		send(to, "mail.invite.subject", "mail.invite.body", to.fullName(), mailer.link("/password/reset#" + token),
				to.email());
	}

	void accountLocked(UserAccount to, Instant until) {
		Locale locale = to.preferredLanguage().locale();
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone)
			.format(until);
		send(to, "mail.locked.subject", "mail.locked.body", to.fullName(), when, mailer.link("/password/forgot"));
	}

	private void send(UserAccount to, String subjectKey, String bodyKey, Object... arguments) {
		mailer.send(to.email(), to.preferredLanguage(), subjectKey, bodyKey, arguments);
	}
}
