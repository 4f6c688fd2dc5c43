package org.mizani.assessment;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A launched campaign and a reminder reach each institution's ICT officers and head by real SMTP, in their language. */
@ProductionLikeTest
class AssessmentMailIT extends AssessmentTestSupport {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private List<MimeMessage> mailsTo(String email, String subjectPart) {
		return org.mizani.Mailbox.awaited(smtp, email, subjectPart);
	}



	@Test
	void ictOfficersAndHeadsAreToldOfANewAssessmentAndRemindedInTheirLanguage() throws Exception {
		String name = "Mail " + UUID.randomUUID().toString().substring(0, 8);
		UUID campaign = launchedCampaign(name, "DODOMA-CC, MOF", LateRule.ALLOWED_FLAGGED, today(), today().plusDays(20));
		MimeMessage swahili = mailsTo(ICT, name).get(0);
		assertThat(swahili.getSubject()).contains("tathmini mpya ya uzingatiaji");
		assertThat(swahili.getContent().toString()).contains("/assessments/" + assessmentOf(campaign, "DODOMA-CC"));
		assertThat(mailsTo(HEAD, name)).hasSize(1);
		assertThat(mailsTo(MOF_ICT, name).get(0).getSubject()).contains("new compliance assessment");

		mvc.perform(api(post("/api/v1/campaigns/" + campaign + "/reminders"), OFFICER)).andExpect(status().isOk());
		assertThat(mailsTo(MOF_ICT, "reminder").get(0).getSubject()).contains(name);
		assertThat(Arrays.stream(smtp.getReceivedMessages()).noneMatch(m -> org.mizani.Mailbox.to(m).equalsIgnoreCase(VIEWER)))
			.as("viewers are not asked to fill in assessments").isTrue();
	}
}
