package org.mizani.platform;

/**
 * Sends a text e-mail in the recipient's language after the current transaction commits, so that no
 * mail announces a change that was rolled back. A mail server failure is logged, never shown to the
 * person at the keyboard.
 */
public interface Mailer {

	void send(String to, Language language, String subjectKey, String bodyKey, Object... arguments);

	/** The same, with files attached (a calendar invitation, a report). */
	void send(String to, Language language, String subjectKey, String bodyKey, java.util.List<Attachment> attachments,
			Object... arguments);

	/** A file sent with a mail. */
	record Attachment(String filename, String contentType, byte[] content) {
	}

	/** The absolute address of a page of the application, for links in mails. */
	String link(String path);
}
