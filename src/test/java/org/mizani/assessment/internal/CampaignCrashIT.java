package org.mizani.assessment.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniApplication;
import org.mizani.MizaniIntegrationTest;
import org.mizani.TestDatabase;
import org.mizani.assessment.CampaignForm;
import org.mizani.assessment.CampaignId;
import org.mizani.assessment.CampaignManagement;
import org.mizani.assessment.LateRule;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mizani.identity.internal.TestLogins.authenticationOf;

/**
 * {@code kill -9} in the middle of a campaign launch: a second JVM runs Mizani on this run's database,
 * launches a campaign over 600 institutions and halts without shutdown hooks once the progress shows
 * the launch under way. Afterwards no assessment of that campaign exists, the stalled launch returns to
 * draft, and launching it again creates each assessment exactly once.
 */
@MizaniIntegrationTest
class CampaignCrashIT extends IntegrationTestSupport {

	static final int INSTITUTIONS = 600;

	@Test
	void aLaunchKilledHalfWayLeavesNothingAndCanBeLaunchedAgain() throws Exception {
		String sector = "Crash " + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("""
				insert into institution (id, name_sw, name_en, acronym, type, sector, region)
				select gen_random_uuid(), 'Taasisi ' || :s || ' ' || n, 'Institution ' || :s || ' ' || n,
				  'K' || substr(md5(:s), 1, 6) || n, 'EXECUTIVE_AGENCY', :s, 'Dodoma' from generate_series(1, :n) n
				""").param("s", sector).param("n", INSTITUTIONS).update();

		TestDatabase.Connection db = TestDatabase.get();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path log = Path.of("target", "campaign-crash-child.log");
		Process child = new ProcessBuilder(java, "-D" + TestDatabase.REUSE_URL + "=" + db.url(),
				"-D" + TestDatabase.REUSE_USER + "=" + db.user(), "-D" + TestDatabase.REUSE_PASSWORD + "=" + db.password(),
				"-cp", System.getProperty("java.class.path"), KilledDuringLaunch.class.getName(), sector, baselineVersion().toString())
			.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("the child ended; see " + log).isTrue();
		assertThat(child.exitValue()).as("the child halted mid-launch; see " + log).isEqualTo(KilledDuringLaunch.HALTED);

		UUID campaign = jdbc.sql("select id from assessment_campaign where name = :n").param("n", "Crash " + sector)
			.query(UUID.class).single();
		assertThat(status(campaign)).isEqualTo("LAUNCHING");
		assertThat(jdbc.sql("select launch_done from assessment_campaign where id = :c").param("c", campaign).query(Integer.class)
			.single()).as("the launch was under way").isBetween(1, INSTITUTIONS - 1);
		assertThat(assessments(campaign)).as("nothing of the cut launch was committed").isZero();

		// no node reports progress any more: the launch returns to draft and is launched again
		jdbc.sql("update assessment_campaign set updated_at = now() - interval '10 minutes' where id = :c").param("c", campaign).update();
		context.getBean(CampaignLauncher.class).recoverInterrupted();
		assertThat(status(campaign)).isEqualTo("DRAFT");
		SecurityContextHolder.getContext().setAuthentication(authenticationOf(context, "compliance@ega.go.tz"));
		try {
			assertThat(context.getBean(CampaignManagement.class).launch(new CampaignId(campaign))).isEqualTo(INSTITUTIONS);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> "OPEN".equals(status(campaign)));
		assertThat(assessments(campaign)).isEqualTo(INSTITUTIONS);
		assertThat(jdbc.sql("select count(distinct institution_id) from assessment where campaign_id = :c").param("c", campaign)
			.query(Long.class).single()).isEqualTo(INSTITUTIONS);
		jdbc.sql("update institution set active = false where sector = :s").param("s", sector).update();
	}

	private String status(UUID campaign) {
		return jdbc.sql("select status from assessment_campaign where id = :c").param("c", campaign).query(String.class).single();
	}

	private long assessments(UUID campaign) {
		return jdbc.sql("select count(*) from assessment where campaign_id = :c").param("c", campaign).query(Long.class).single();
	}

	/** Runs Mizani, launches a campaign over the sector's institutions and halts, like kill -9, once it is under way. */
	public static final class KilledDuringLaunch {

		static final int HALTED = 43;

		public static void main(String[] args) throws Exception {
			String sector = args[0];
			ConfigurableApplicationContext app = new SpringApplicationBuilder(MizaniApplication.class).profiles("demo")
				.run("--server.port=0");
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			SecurityContextHolder.getContext().setAuthentication(authenticationOf(app, "compliance@ega.go.tz"));
			CampaignManagement campaigns = app.getBean(CampaignManagement.class);
			UUID campaign = campaigns.create(new CampaignForm("Crash " + sector, UUID.fromString(args[1]), Set.of(), List.of(sector),
					List.of(), null, List.of(), LocalDate.now(), LocalDate.now().plusDays(30), null, null, LateRule.ALLOWED_FLAGGED))
				.id().value();
			campaigns.launch(new CampaignId(campaign));
			long deadline = System.currentTimeMillis() + 120_000;
			while (System.currentTimeMillis() < deadline) {
				int done = jdbc.sql("select launch_done from assessment_campaign where id = :c").param("c", campaign)
					.query(Integer.class).single();
				if (done > 0 && done < INSTITUTIONS) {
					Runtime.getRuntime().halt(HALTED);
				}
				Thread.sleep(5);
			}
			Runtime.getRuntime().halt(1);
		}
	}
}
