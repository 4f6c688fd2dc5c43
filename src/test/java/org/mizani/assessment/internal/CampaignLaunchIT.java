package org.mizani.assessment.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.mizani.assessment.CampaignForm;
import org.mizani.assessment.CampaignManagement;
import org.mizani.assessment.LateRule;
import org.mizani.institution.InstitutionType;
import org.mizani.platform.Actor;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizani.identity.internal.TestLogins.authenticationOf;

/** A launch creates every assessment or none, and a launch cut off by a dead node can be launched again. */
@MizaniIntegrationTest
class CampaignLaunchIT extends IntegrationTestSupport {

	private UUID draft(String name) {
		SecurityContextHolder.getContext().setAuthentication(authenticationOf(context, "compliance@ega.go.tz"));
		try {
			return context.getBean(CampaignManagement.class).create(new CampaignForm(name, baselineVersion(), Set.of(),
					List.of(), List.of(), null, List.of("DODOMA-CC", "MOF"), LocalDate.now(), LocalDate.now().plusDays(30), null,
					null, LateRule.ALLOWED_FLAGGED)).id().value();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String status(UUID campaign) {
		return jdbc.sql("select status from assessment_campaign where id = :c").param("c", campaign).query(String.class).single();
	}

	private long assessments(UUID campaign) {
		return jdbc.sql("select count(*) from assessment where campaign_id = :c").param("c", campaign).query(Long.class).single();
	}

	@Test
	void aLaunchThatFailsHalfWayLeavesNoAssessmentAndTheCampaignCanBeLaunchedAgain() {
		UUID campaign = draft("Failing launch " + UUID.randomUUID());
		Campaigns campaigns = context.getBean(Campaigns.class);
		assertThat(campaigns.startLaunch(campaign, 3, UUID.randomUUID())).isTrue();
		assertThat(campaigns.startLaunch(campaign, 3, UUID.randomUUID())).as("only one launch claims a draft").isFalse();
		Map<UUID, InstitutionType> targets = new LinkedHashMap<>();
		targets.put(institutionId("DODOMA-CC"), InstitutionType.LOCAL_GOVERNMENT_AUTHORITY);
		targets.put(institutionId("MOF"), InstitutionType.MINISTRY);
		targets.put(UUID.randomUUID(), InstitutionType.OTHER); // gone since the scope was read: the insert fails

		context.getBean(CampaignLauncher.class).run(campaign, "Failing launch", LocalDate.now().plusDays(30), targets,
				Actor.anonymous("test"));

		assertThat(assessments(campaign)).isZero();
		assertThat(jdbc.sql("select count(*) from assessment_response r join assessment a on a.id = r.assessment_id where a.campaign_id = :c")
			.param("c", campaign).query(Long.class).single()).isZero();
		assertThat(status(campaign)).isEqualTo("DRAFT");
		assertThat(jdbc.sql("select launch_error from assessment_campaign where id = :c").param("c", campaign).query(String.class)
			.single()).isNotBlank();

		targets.remove(targets.keySet().stream().toList().get(2));
		assertThat(campaigns.startLaunch(campaign, 2, UUID.randomUUID())).isTrue();
		context.getBean(CampaignLauncher.class).run(campaign, "Failing launch", LocalDate.now().plusDays(30), targets,
				Actor.anonymous("test"));
		assertThat(status(campaign)).isEqualTo("OPEN");
		assertThat(assessments(campaign)).isEqualTo(2);
	}

	@Test
	void aLaunchWhoseNodeStoppedReportingGoesBackToDraft() {
		UUID campaign = draft("Interrupted launch " + UUID.randomUUID());
		Campaigns campaigns = context.getBean(Campaigns.class);
		assertThat(campaigns.startLaunch(campaign, 2, UUID.randomUUID())).isTrue();
		CampaignLauncher launcher = context.getBean(CampaignLauncher.class);
		launcher.recoverInterrupted();
		assertThat(status(campaign)).as("a launch still reporting progress is left alone").isEqualTo("LAUNCHING");
		jdbc.sql("update assessment_campaign set updated_at = now() - interval '10 minutes' where id = :c").param("c", campaign).update();
		launcher.recoverInterrupted();
		assertThat(status(campaign)).isEqualTo("DRAFT");
		assertThat(assessments(campaign)).isZero();
	}
}
