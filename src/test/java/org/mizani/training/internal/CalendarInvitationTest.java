package org.mizani.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CalendarInvitationTest {

	private static final CalendarInvitation.Event EVENT = new CalendarInvitation.Event("p1@mizani",
			"Usalama wa mifumo; awamu ya 2, Dodoma — " + "é".repeat(60), "Ukumbi wa Mikutano, Dodoma", "Line one\nline two",
			LocalDate.of(2021, 11, 30), LocalDate.of(2021, 12, 4), "mizani@ega.go.tz", "Asha \"Mama\" Mwinyi", "asha@example.go.tz");

	@Test
	void linesAreFoldedAt75OctetsWithoutSplittingACharacterAndTextIsEscaped() {
		String ics = new String(CalendarInvitation.of(EVENT, CalendarInvitation.Method.REQUEST, Instant.parse("2021-11-01T08:00:00Z")),
				StandardCharsets.UTF_8);
		assertThat(ics.split("\r\n")).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75);
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("SUMMARY:Usalama wa mifumo\\; awamu ya 2\\, Dodoma — " + "é".repeat(60) + "\r\n")
			.contains("DESCRIPTION:Line one\\nline two\r\n").contains("DTSTART;VALUE=DATE:20211130\r\n")
			.contains("DTEND;VALUE=DATE:20211205\r\n").contains("DTSTAMP:20211101T080000Z\r\n")
			.contains("ATTENDEE;CN=\"Asha Mama Mwinyi\";ROLE=REQ-PARTICIPANT");
		assertThat(ics).doesNotContain("\n\n").endsWith("END:VCALENDAR\r\n");
	}

	@Test
	void aCancellationKeepsTheUidAndRaisesTheSequence() {
		String ics = new String(CalendarInvitation.of(EVENT, CalendarInvitation.Method.CANCEL, Instant.now()), StandardCharsets.UTF_8);
		assertThat(ics).contains("METHOD:CANCEL\r\n", "UID:p1@mizani\r\n", "SEQUENCE:1\r\n", "STATUS:CANCELLED\r\n");
	}
}
