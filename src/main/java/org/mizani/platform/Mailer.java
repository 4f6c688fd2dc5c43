package org.mizani.platform;

/**
 * Sends a text e-mail in the recipient's language after the current transaction commits, so that no
 * mail announces a change that was rolled back. A mail server failure is logged, never shown to the
 * person at the keyboard.
 */
public interface Mailer {

	void send(String to, Language language, String subjectKey, String bodyKey, Object... arguments);

	/** The absolute address of a page of the application, for links in mails. */
	String link(String path);
}
