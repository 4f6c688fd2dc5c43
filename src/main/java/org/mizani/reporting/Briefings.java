package org.mizani.reporting;

import java.time.YearMonth;

import org.mizani.platform.Language;

/** The briefing for leadership: the dashboard's figures on a few printed pages, monthly by e-mail or on demand. */
public interface Briefings {

	/** The briefing as of today, in one language. */
	byte[] briefingPdf(Language language);

	/**
	 * Sends the briefing of the month to every executive (both languages attached), once per month however many
	 * nodes ask; returns how many were sent, 0 if the month was already sent.
	 */
	int sendMonthly(YearMonth month);
}
