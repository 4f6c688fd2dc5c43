package org.mizani.training.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An iCalendar (RFC 5545) invitation to a session, attached to confirmations: an all-day event from the
 * first day to the last, its UID fixed per participant so that a later cancellation replaces it in the
 * participant's calendar.
 */
final class CalendarInvitation {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	enum Method {
		REQUEST, CANCEL
	}

	record Event(String uid, String summary, String location, String description, LocalDate firstDay, LocalDate lastDay,
			String organizer, String attendeeName, String attendeeEmail) {
	}

	private CalendarInvitation() {
	}

	static byte[] of(Event event, Method method, Instant now) {
		boolean cancel = method == Method.CANCEL;
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Mizani//Training//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:" + method.name());
		line(ics, "BEGIN:VEVENT");
		line(ics, "UID:" + event.uid());
		line(ics, "SEQUENCE:" + (cancel ? 1 : 0));
		line(ics, "DTSTAMP:" + STAMP.format(now));
		line(ics, "DTSTART;VALUE=DATE:" + DAY.format(event.firstDay()));
		line(ics, "DTEND;VALUE=DATE:" + DAY.format(event.lastDay().plusDays(1)));
		line(ics, "SUMMARY:" + text(event.summary()));
		line(ics, "LOCATION:" + text(event.location()));
		line(ics, "DESCRIPTION:" + text(event.description()));
		line(ics, "ORGANIZER:mailto:" + event.organizer());
		line(ics, "ATTENDEE;CN=" + parameter(event.attendeeName()) + ";ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:"
				+ event.attendeeEmail());
		line(ics, "STATUS:" + (cancel ? "CANCELLED" : "CONFIRMED"));
		line(ics, "TRANSP:OPAQUE");
		line(ics, "END:VEVENT");
		line(ics, "END:VCALENDAR");
		return ics.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11). */
	static String text(String value) {
		return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** A parameter value: quoted, without the characters a quoted value may not hold. */
	private static String parameter(String value) {
		return "\"" + value.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
	}

	/** A content line folded at 75 octets without splitting a UTF-8 character, ended with CRLF (3.1). */
	private static void line(StringBuilder out, String line) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
				limit = 75;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}
}
