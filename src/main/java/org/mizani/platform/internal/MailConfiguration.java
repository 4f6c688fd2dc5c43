package org.mizani.platform.internal;

import java.io.InputStream;
import java.util.Arrays;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * In the demo (and whenever {@code mizani.mail.mode=log}) mail is written to the log instead of
 * being sent, so that password-reset links can be followed on a laptop without an SMTP server.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	@Bean
	@ConditionalOnProperty(name = "mizani.mail.mode", havingValue = "log")
	JavaMailSender loggingMailSender() {
		return new LoggingMailSender();
	}

	static class LoggingMailSender implements JavaMailSender {

		private static final Logger log = LoggerFactory.getLogger("org.mizani.mail");

		@Override
		public MimeMessage createMimeMessage() {
			return new MimeMessage(Session.getInstance(new java.util.Properties()));
		}

		@Override
		public MimeMessage createMimeMessage(InputStream contentStream) {
			try {
				return new MimeMessage(Session.getInstance(new java.util.Properties()), contentStream);
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalArgumentException(e);
			}
		}

		@Override
		public void send(MimeMessage... messages) {
			for (MimeMessage message : messages) {
				try {
					log.info("Mail (not sent, mail mode is 'log') to {}: {}\n{}", Arrays.toString(message.getAllRecipients()),
							message.getSubject(), message.getContent());
				}
				catch (Exception e) {
					log.info("Mail (not sent) could not be rendered: {}", e.getMessage());
				}
			}
		}

		@Override
		public void send(SimpleMailMessage... messages) {
			for (SimpleMailMessage message : messages) {
				log.info("Mail (not sent, mail mode is 'log') to {}: {}\n{}", Arrays.toString(message.getTo()),
						message.getSubject(), message.getText());
			}
		}
	}
}
