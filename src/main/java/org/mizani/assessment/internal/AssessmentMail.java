package org.mizani.assessment.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.mizani.assessment.AssessmentView;
import org.mizani.assessment.CampaignLaunched;
import org.mizani.assessment.CampaignView;
import org.mizani.assessment.Score;
import org.mizani.identity.Role;
import org.mizani.identity.UserDirectory;
import org.mizani.identity.UserDirectory.Contact;
import org.mizani.platform.Mailer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** E-mails of the assessment cycle to an institution's ICT officers and head, each in their own language. */
@Component
class AssessmentMail {

	private final Mailer mailer;
	private final UserDirectory directory;
	private final Campaigns campaigns;
	private final JdbcClient jdbc;

	AssessmentMail(Mailer mailer, UserDirectory directory, Campaigns campaigns, JdbcClient jdbc) {
		this.mailer = mailer;
		this.directory = directory;
		this.campaigns = campaigns;
		this.jdbc = jdbc;
	}

	/** After a launch commits, every institution in the campaign learns about its new assessment. */
	@ApplicationModuleListener
	void on(CampaignLaunched launched) {
		CampaignView campaign = campaigns.find(launched.campaign().value()).orElseThrow();
		jdbc.sql("select id, institution_id from assessment where campaign_id = :c").param("c", campaign.id().value())
			.query((rs, n) -> new UUID[] { rs.getObject("id", UUID.class), rs.getObject("institution_id", UUID.class) })
			.list()
			.forEach(a -> {
				for (Contact to : recipients(a[1])) {
					mailer.send(to.email(), to.language(), "mail.campaign.launched.subject",
							"mail.campaign.launched.body", campaign.name(), to.fullName(),
							campaign.documentTitle(to.language()), campaign.deadline().toString(),
							mailer.link("/assessments/" + a[0]));
				}
			});
	}

	void reminder(CampaignView campaign, UUID assessment, UUID institution) {
		for (Contact to : recipients(institution)) {
			mailer.send(to.email(), to.language(), "mail.campaign.reminder.subject", "mail.campaign.reminder.body",
					campaign.name(), to.fullName(), campaign.deadline().toString(), mailer.link("/assessments/" + assessment));
		}
	}

	void returned(AssessmentView assessment, String comment) {
		for (Contact to : recipients(assessment.institutionId())) {
			mailer.send(to.email(), to.language(), "mail.assessment.returned.subject", "mail.assessment.returned.body",
					assessment.campaignName(), to.fullName(), comment, mailer.link("/assessments/" + assessment.id()));
		}
	}

	void accepted(AssessmentView assessment, Score score) {
		for (Contact to : recipients(assessment.institutionId())) {
			mailer.send(to.email(), to.language(), "mail.assessment.accepted.subject", "mail.assessment.accepted.body",
					assessment.campaignName(), to.fullName(), score.overall() == null ? "-" : score.overall().toPlainString(),
					mailer.link("/assessments/" + assessment.id()));
		}
	}

	void actionReminder(Contact to, String title, String due, boolean overdue, UUID action) {
		mailer.send(to.email(), to.language(), overdue ? "mail.action.overdue.subject" : "mail.action.due.subject",
				overdue ? "mail.action.overdue.body" : "mail.action.due.body", title, to.fullName(), due,
				mailer.link("/actions/" + action));
	}

	List<Contact> recipients(UUID institution) {
		return directory.members(institution, EnumSet.of(Role.ICT_OFFICER, Role.INSTITUTION_HEAD));
	}
}
