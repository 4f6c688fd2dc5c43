package org.mizani.platform.internal;

import org.mizani.platform.Language;
import org.mizani.platform.Mailer;
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

@Component
class TransactionalMailer implements Mailer {

	private static final Logger log = LoggerFactory.getLogger(TransactionalMailer.class);

	private final JavaMailSender sender;
	private final MessageSource messages;
	private final String from;
	private final String baseUrl;

	TransactionalMailer(JavaMailSender sender, MessageSource messages, @Value("${mizani.mail.from}") String from,
			@Value("${mizani.base-url}") String baseUrl) {
		this.sender = sender;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@Override
	public String link(String path) {
		return baseUrl + (path.startsWith("/") ? path : "/" + path);
	}

	@Override
	public void send(String to, Language language, String subjectKey, String bodyKey, Object... arguments) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(messages.getMessage(subjectKey, arguments, language.locale()));
		message.setText(messages.getMessage(bodyKey, arguments, language.locale()));
		Runnable delivery = () -> {
			try {
				sender.send(message);
			}
			catch (MailException e) {
				log.error("Could not send '{}': {}", subjectKey, e.getMessage());
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
