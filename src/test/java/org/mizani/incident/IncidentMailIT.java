package org.mizani.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mizani.ProductionLikeTest;

/** Incident mail reaches analysts, assignees, the partner and the institution by real SMTP, in each one's language. */
@ProductionLikeTest
class IncidentMailIT extends IncidentTestSupport {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private List<MimeMessage> mails(String email, String subjectPart) {
		return org.mizani.Mailbox.received(smtp, email, subjectPart);
	}

	private List<MimeMessage> awaitMails(String email, String subjectPart) {
		return org.mizani.Mailbox.awaited(smtp, email, subjectPart);
	}



	private String reference(UUID incident) {
		return jdbc.sql("select reference from incident where id = :id").param("id", incident).query(String.class).single();
	}

	private int sendReminders() throws Exception {
		Object mail = context.getBean(Class.forName("org.mizani.incident.internal.IncidentMail"));
		return (int) mail.getClass().getMethod("sendReminders").invoke(mail);
	}

	@Test
	void analystsLearnOfANewIncidentTheAssigneeOfTheAssignmentAndThePartnerOfTheEscalation() throws Exception {
		UUID id = reported(ICT, "Mail test " + UUID.randomUUID(), hoursAgo(1), "AMBER");
		String reference = reference(id);
		MimeMessage analyst = awaitMails(ANALYST, reference).get(0);
		assertThat(analyst.getSubject()).contains("tukio jipya");
		assertThat(analyst.getContent().toString()).contains("DODOMA-CC", "TLP:AMBER", "/incidents/" + id);

		UUID analystId = jdbc.sql("select id from app_user where email = :e").param("e", ANALYST).query(UUID.class).single();
		mvc.perform(api(put("/api/v1/incidents/" + id + "/assignee"), ANALYST).content("{\"assignee\": \"" + analystId + "\"}"))
			.andExpect(status().isNoContent());
		assertThat(awaitMails(ANALYST, "umekabidhiwa tukio " + reference)).hasSize(1);

		mvc.perform(api(post("/api/v1/incidents/" + id + "/escalation"), ANALYST)
			.content("{\"partner\": \"" + institutionId("TCRA") + "\", \"note\": \"Regional campaign\"}")).andExpect(status().isOk());
		MimeMessage partner = awaitMails(PARTNER, reference).get(0);
		assertThat(partner.getContent().toString()).contains(reference, "TLP");
	}

	@Test
	void theInstitutionIsRemindedBeforeAStageIsDueAndEveryoneWhenItIsOverdueEachOnce() throws Exception {
		UUID soon = reported(ICT, "Reminder soon " + UUID.randomUUID(), hoursAgo(20), "GREEN");
		UUID late = reported(ICT, "Reminder late " + UUID.randomUUID(), hoursAgo(30), "GREEN");
		assertThat(sendReminders()).isPositive();

		// the early warning of the first is due in four hours; of the second it is six hours late
		assertThat(awaitMails(ICT, reference(soon))).extracting(MimeMessage::getSubject).anyMatch(s -> s.contains("inadaiwa hivi karibuni"));
		assertThat(awaitMails(HEAD, reference(soon))).isNotEmpty();
		assertThat(awaitMails(ICT, reference(late))).extracting(MimeMessage::getSubject).anyMatch(s -> s.contains("imechelewa"));
		assertThat(awaitMails(ANALYST, reference(late) + " imechelewa")).hasSize(1);
		assertThat(mails(ANALYST, reference(soon))).noneMatch(m -> org.mizani.Mailbox.subject(m).contains("hivi karibuni"));
		String body = awaitMails(ICT, reference(late)).stream().filter(m -> org.mizani.Mailbox.subject(m).contains("imechelewa")).findFirst().orElseThrow()
			.getContent().toString();
		assertThat(body).contains("Tahadhari ya awali", "/incidents/" + late);

		// a second run claims nothing already sent
		int before = smtp.getReceivedMessages().length;
		sendReminders();
		Thread.sleep(1500);
		assertThat(smtp.getReceivedMessages().length).isEqualTo(before);
	}
}
