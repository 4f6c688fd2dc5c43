package org.mizani;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;

/** The mail a GreenMail server received, by recipient and a part of the subject. */
public final class Mailbox {

	private Mailbox() {
	}

	/** The messages so far, without waiting. */
	public static List<MimeMessage> received(GreenMailExtension smtp, String email, String subjectPart) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equalsIgnoreCase(email) && subject(m).contains(subjectPart))
			.toList();
	}

	/** The messages, once at least one has arrived (mail is sent after the change commits). */
	public static List<MimeMessage> awaited(GreenMailExtension smtp, String email, String subjectPart) {
		await().atMost(Duration.ofSeconds(20)).until(() -> !received(smtp, email, subjectPart).isEmpty());
		return received(smtp, email, subjectPart);
	}

	public static String to(MimeMessage m) {
		try {
			return m.getAllRecipients()[0].toString();
		}
		catch (Exception e) {
			return "";
		}
	}

	public static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (Exception e) {
			return "";
		}
	}
}
