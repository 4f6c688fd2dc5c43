package org.mizani.platform.internal;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.mizani.platform.Language;
import org.mizani.platform.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
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
		send(to, language, subjectKey, bodyKey, List.of(), arguments);
	}

	@Override
	public void send(String to, Language language, String subjectKey, String bodyKey, List<Attachment> attachments,
			Object... arguments) {
		String subject = messages.getMessage(subjectKey, arguments, language.locale());
		String text = messages.getMessage(bodyKey, arguments, language.locale());
		Runnable delivery = () -> {
			try {
				if (attachments.isEmpty()) {
					SimpleMailMessage message = new SimpleMailMessage();
					message.setFrom(from);
					message.setTo(to);
					message.setSubject(subject);
					message.setText(text);
					sender.send(message);
				}
				else {
					MimeMessage message = sender.createMimeMessage();
					MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
					helper.setFrom(from);
					helper.setTo(to);
					helper.setSubject(subject);
					helper.setText(text);
					for (Attachment a : attachments) {
						helper.addAttachment(a.filename(), new ByteArrayResource(a.content()), a.contentType());
					}
					sender.send(message);
				}
			}
			catch (MailException | MessagingException e) {
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
