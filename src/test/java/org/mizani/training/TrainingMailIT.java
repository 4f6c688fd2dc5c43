package org.mizani.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mizani.Mailbox;
import org.mizani.ProductionLikeTest;
import org.mizani.platform.Today;

/** Participants are told of their nomination, the decision (with a calendar invitation) and a cancellation, by real SMTP. */
@ProductionLikeTest
class TrainingMailIT extends TrainingTestSupport {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private static String calendar(MimeMessage message) throws Exception {
		if (!(message.getContent() instanceof Multipart parts)) {
			return null;
		}
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (part.getContentType().startsWith("text/calendar")) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				part.getDataHandler().writeTo(out);
				return out.toString(java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	private UUID nominate(UUID session, String name, String email) throws Exception {
		return UUID.fromString(json(mvc.perform(api(post("/api/v1/training/sessions/" + session + "/nominations"), ICT)
			.content("{\"fullName\": \"" + name + "\", \"email\": \"" + email + "\"}")).andExpect(status().isCreated()))
			.get("id").asString());
	}

	private void decide(UUID participant, String decision) throws Exception {
		mvc.perform(api(post("/api/v1/training/nominations/" + participant + "/decision"), COORDINATOR)
			.content("{\"decision\": \"" + decision + "\"}")).andExpect(status().isOk());
	}

	@Test
	void aConfirmationCarriesTheCalendarInvitationAndACancellationRemovesIt() throws Exception {
		LocalDate start = context.getBean(Today.class).date().plusDays(20);
		int fiscalYear = start.getMonthValue() >= 7 ? start.getYear() : start.getYear() - 1;
		UUID session = openSession(fiscalYear, start);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String asha = "asha." + suffix + "@dodomacc.go.tz";
		String juma = "juma." + suffix + "@dodomacc.go.tz";
		UUID ashaId = nominate(session, "Asha Mwinyi, ICT", asha);
		UUID jumaId = nominate(session, "Juma Said", juma);

		// a participant without an account reads Kiswahili
		assertThat(Mailbox.awaited(smtp, asha, "umependekezwa")).hasSize(1);
		decide(ashaId, "APPROVED");
		MimeMessage confirmation = Mailbox.awaited(smtp, asha, "imethibitishwa").get(0);
		String ics = calendar(confirmation);
		String day = DateTimeFormatter.BASIC_ISO_DATE.format(start);
		String dayAfterLast = DateTimeFormatter.BASIC_ISO_DATE.format(start.plusDays(3));
		// content lines are folded at 75 octets (a line break and a space); unfolded, they hold the values
		assertThat(ics.replace("\r\n ", "")).startsWith("BEGIN:VCALENDAR\r\n").contains("METHOD:REQUEST\r\n", "UID:" + ashaId + "@mizani\r\n",
				"DTSTART;VALUE=DATE:" + day + "\r\n", "DTEND;VALUE=DATE:" + dayAfterLast + "\r\n", "LOCATION:Dodoma\\, Dodoma\r\n",
				"STATUS:CONFIRMED", "mailto:" + asha, "CN=\"Asha Mwinyi, ICT\"").endsWith("END:VCALENDAR\r\n");
		assertThat(ics.lines()).allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);

		decide(jumaId, "WAITLISTED");
		assertThat(calendar(Mailbox.awaited(smtp, juma, "orodha ya kusubiri").get(0))).as("no invitation while waiting").isNull();

		move(session, "CANCELLED");
		String cancel = calendar(Mailbox.awaited(smtp, asha, "yamefutwa").get(0));
		assertThat(cancel).contains("METHOD:CANCEL\r\n", "UID:" + ashaId + "@mizani\r\n", "STATUS:CANCELLED", "SEQUENCE:1");
		assertThat(calendar(Mailbox.awaited(smtp, juma, "yamefutwa").get(0))).as("the waiting list had no invitation to cancel")
			.isNull();
	}
}
