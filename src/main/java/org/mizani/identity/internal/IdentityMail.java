package org.mizani.identity.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails about a user's own account, in the user's preferred language. Sent after the
 * transaction commits, so that no mail announces a change that was rolled back; a mail server
 * failure is logged and never shown to the person at the keyboard.
 */
@Component
class IdentityMail {

	private static final Logger log = LoggerFactory.getLogger(IdentityMail.class);

	private final JavaMailSender sender;
	private final MessageSource messages;
	private final String from;
	private final String baseUrl;
	private final ZoneId zone;

	IdentityMail(JavaMailSender sender, MessageSource messages, @Value("${mizani.mail.from}") String from,
			@Value("${mizani.base-url}") String baseUrl, @Value("${mizani.time-zone:Africa/Dar_es_Salaam}") String zone) {
		this.sender = sender;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.zone = ZoneId.of(zone);
	}

	void passwordReset(UserAccount to, String token) {
		send(to, "mail.reset.subject", "mail.reset.body", to.fullName(), baseUrl + "/password/reset?token=" + token);
	}

	void invitation(UserAccount to, String token) {
		send(to, "mail.invite.subject", "mail.invite.body", to.fullName(), baseUrl + "/password/reset?token=" + token,
				to.email());
	}

	void accountLocked(UserAccount to, Instant until) {
		Locale locale = to.preferredLanguage().locale();
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone)
			.format(until);
		send(to, "mail.locked.subject", "mail.locked.body", to.fullName(), when, baseUrl + "/password/forgot");
	}

	private void send(UserAccount to, String subjectKey, String bodyKey, Object... arguments) {
		Locale locale = to.preferredLanguage().locale();
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to.email());
		message.setSubject(messages.getMessage(subjectKey, null, locale));
		message.setText(messages.getMessage(bodyKey, arguments, locale));
		Runnable delivery = () -> {
			try {
				sender.send(message);
			}
			catch (MailException e) {
				log.error("Could not send '{}' to user {}: {}", subjectKey, to.id(), e.getMessage());
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					delivery.run();
				}
			});
		}
		else {
			delivery.run();
		}
	}
}
