package org.mizani;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mizani.identity.internal.TestLogins;

/**
 * {@code kill -9} in the middle of work: a node is killed while an OSCAL import and a campaign launch are
 * half done (each held in the middle by a table lock this test takes, so the moment is certain). After
 * it: no part of the catalogue, no assessment of the campaign; the launch goes back to draft when a node
 * finds it interrupted, and launching again creates each assessment exactly once. (An event whose node
 * is killed is delivered once after a restart: {@link TwoNodesIT}.)
 */
@MizaniIntegrationTest
class CrashSafetyIT extends IntegrationTestSupport {

	static final String OFFICER = "compliance@ega.go.tz";

	private Process node;

	@AfterEach
	void stopNode() {
		if (node != null) {
			node.destroyForcibly();
		}
	}

	private static String catalog(String title) {
		StringBuilder controls = new StringBuilder();
		for (int i = 1; i <= 40; i++) {
			controls.append(i == 1 ? "" : ",").append("""
					{"id": "c-%d", "title": "Control %d", "parts": [{"name": "statement", "prose": "Do the thing number %d."}]}""".formatted(i, i, i));
		}
		return """
				{"catalog": {"uuid": "%s", "metadata": {"title": "%s", "version": "1.0", "oscal-version": "1.1.2"},
				 "groups": [{"id": "g", "title": "Group", "controls": [%s]}]}}""".formatted(UUID.randomUUID(), title, controls);
	}

	/** Waits until a statement of another session waits for a lock on the table. */
	private void awaitBlockedOn(String table) {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.sql("""
				select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query ilike :t and pid <> pg_backend_pid()""")
			.param("t", "%" + table + "%").query(Long.class).single() > 0);
	}

	private void killNode() throws InterruptedException {
		node.destroyForcibly();
		assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void aNodeKilledInTheMiddleOfAnImportOrALaunchLeavesNothingHalfDoneAndTheWorkCanBeDoneOnce() throws Exception {
		String token = TestLogins.sharedToken(context, OFFICER);
		int port = TwoNodesIT.freePort();
		node = TwoNodesIT.startNode("crash", port, false, "-Dmizani.assessment.launch-stale-after=PT3S");
		TwoNodesIT.awaitUp(port, node);
		DataSource dataSource = context.getBean(DataSource.class);
		HttpClient http = HttpClient.newHttpClient();

		// 1. an OSCAL import, killed with its document written and its requirements waiting
		String title = "Crash catalogue " + UUID.randomUUID();
		String boundary = "crash" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"crash.json\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + catalog(title) + "\r\n--" + boundary + "--\r\n";
		try (Connection lock = dataSource.getConnection()) {
			lock.setAutoCommit(false);
			lock.createStatement().execute("lock table catalog_item in exclusive mode");
			CompletableFuture<HttpResponse<String>> call = http.sendAsync(HttpRequest.newBuilder(
					URI.create("http://127.0.0.1:" + port + "/api/v1/catalogs/import")).header("Authorization", "Bearer " + token)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
			awaitBlockedOn("catalog_item");
			killNode();
			lock.rollback();
			assertThat(call.handle((r, e) -> e).get(10, TimeUnit.SECONDS)).as("the client saw the node die").isNotNull();
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from pg_stat_activity where query ilike '%catalog_item%'"
				+ " and pid <> pg_backend_pid() and state <> 'idle'").query(Long.class).single() == 0);
		assertThat(jdbc.sql("select count(*) from catalog_document where title_en = :t or title_sw = :t").param("t", title)
			.query(Long.class).single()).as("no part of the catalogue").isZero();

		// 2. a campaign launch, killed in its first batch of assessments
		String campaign = json(mvc.perform(api(post("/api/v1/campaigns"), OFFICER).content("""
				{"name": "Crash launch %s", "versionId": "%s", "types": ["MINISTRY", "EXECUTIVE_AGENCY"], "opensOn": "2027-01-01",
				 "deadline": "2027-03-01", "lateRule": "LOCKED"}""".formatted(UUID.randomUUID(), baselineVersion())))
			.andExpect(status().isCreated())).get("id").asString();
		node = TwoNodesIT.startNode("crash-2", port, false, "-Dmizani.assessment.launch-stale-after=PT3S");
		TwoNodesIT.awaitUp(port, node);
		try (Connection lock = dataSource.getConnection()) {
			lock.setAutoCommit(false);
			lock.createStatement().execute("lock table assessment_response in exclusive mode");
			HttpResponse<String> launch = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/campaigns/"
					+ campaign + "/launch")).header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(launch.statusCode()).as(launch.body()).isLessThan(300);
			awaitBlockedOn("assessment_response");
			killNode();
			lock.rollback();
		}
		UUID id = UUID.fromString(campaign);
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from pg_stat_activity where query ilike '%assessment_response%'"
				+ " and pid <> pg_backend_pid() and state <> 'idle'").query(Long.class).single() == 0);
		assertThat(assessments(id)).as("no assessment of the interrupted launch").isZero();
		assertThat(campaignStatus(id)).isEqualTo("LAUNCHING");

		// a node that starts finds the launch interrupted and puts it back to draft
		node = TwoNodesIT.startNode("crash-3", port, false, "-Dmizani.assessment.launch-stale-after=PT3S");
		TwoNodesIT.awaitUp(port, node);
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> campaignStatus(id).equals("DRAFT"));
		mvc.perform(api(post("/api/v1/campaigns/" + campaign + "/launch"), OFFICER)).andExpect(status().is2xxSuccessful());
		await().atMost(Duration.ofSeconds(60)).until(() -> campaignStatus(id).equals("LAUNCHED") || campaignStatus(id).equals("OPEN"));
		long targets = jdbc.sql("select count(*) from institution where active and type in ('MINISTRY', 'EXECUTIVE_AGENCY')")
			.query(Long.class).single();
		assertThat(assessments(id)).as("each assessment exactly once").isEqualTo(targets);
		assertThat(jdbc.sql("select count(distinct institution_id) from assessment where campaign_id = :c").param("c", id)
			.query(Long.class).single()).isEqualTo(targets);
	}

	private long assessments(UUID campaign) {
		return jdbc.sql("select count(*) from assessment where campaign_id = :c").param("c", campaign).query(Long.class).single();
	}

	private String campaignStatus(UUID campaign) {
		return jdbc.sql("select status from assessment_campaign where id = :c").param("c", campaign).query(String.class).single();
	}
}
