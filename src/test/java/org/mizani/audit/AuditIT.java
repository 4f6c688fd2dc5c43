package org.mizani.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.mizani.platform.Actor;
import org.mizani.platform.CliCommand;
import org.mizani.platform.RetentionApplied;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.mizani.identity.internal.TestLogins.as;
import static org.mizani.identity.internal.TestLogins.tokenFor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@MizaniIntegrationTest
class AuditIT extends IntegrationTestSupport {

	static final String ADMIN = "admin@ega.go.tz";

	@Autowired
	List<CliCommand> commands;

	private long lastSeq() {
		return jdbc.sql("select last_seq from audit_chain_head").query(Long.class).single();
	}

	@Test
	void everyEntryNamesActorInstitutionRequestAndClient() throws Exception {
		UUID mof = jdbc.sql("select id from institution where acronym = 'MOF'").query(UUID.class).single();
		long before = lastSeq();
		mvc.perform(post("/institutions/" + mof + "/deactivate").with(csrf()).with(as(context, ADMIN))
			.header("X-Request-Id", "audit-it-request-1")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/institutions/" + mof + "/reactivate").with(csrf()).with(as(context, ADMIN)));
		await().atMost(Duration.ofSeconds(10)).until(() -> lastSeq() >= before + 2);
		var entry = jdbc.sql("select * from audit_entry where action = 'institution.deactivated' and request_id = 'audit-it-request-1'")
			.query().singleRow();
		assertThat(entry.get("actor_name")).isEqualTo(ADMIN);
		assertThat(entry.get("actor_id")).isNotNull();
		assertThat(entry.get("institution_id")).isEqualTo(mof);
		assertThat(entry.get("client_address")).isEqualTo("127.0.0.1");
		assertThat(entry.get("summary")).isEqualTo("MOF");
	}

	/**
	 * The window Spring Modulith 2.0 leaves open: a node that dies after the audit entry committed but
	 * before the publication was marked complete has the event delivered again at the next start. The
	 * second delivery is recognised and records nothing.
	 */
	@Test
	void anEventDeliveredAgainIsRecordedOnce() throws Exception {
		String marker = "redelivery-" + UUID.randomUUID();
		context.getBean(TransactionTemplate.class).executeWithoutResult(
				status -> context.publishEvent(new RetentionApplied(marker, 1, "delivered twice",
						Actor.current())));
		await().atMost(Duration.ofSeconds(10)).until(() -> entries(marker) == 1 && !undelivered(marker));

		// as if the node had died before marking the publication complete
		boolean statusColumn = jdbc.sql("select count(*) from information_schema.columns where table_name = 'event_publication'"
				+ " and column_name = 'status'").query(Long.class).single() == 1;
		jdbc.sql("update event_publication set completion_date = null" + (statusColumn ? ", status = 'PUBLISHED'" : "")
				+ " where serialized_event like :m").param("m", "%" + marker + "%").update();
		assertThat(undelivered(marker)).isTrue();
		context.getBean(IncompleteEventPublications.class)
			.resubmitIncompletePublications(p -> p.getEvent() instanceof RetentionApplied r && r.records().equals(marker));
		await().atMost(Duration.ofSeconds(10)).until(() -> !undelivered(marker));
		assertThat(entries(marker)).as("delivered twice, recorded once").isEqualTo(1);
		assertThat(jdbc.sql("select event_fingerprint from audit_entry where entity_id = :m").param("m", marker).query(String.class)
			.single()).hasSize(64);
	}

	private long entries(String entityId) {
		return jdbc.sql("select count(*) from audit_entry where entity_id = :m").param("m", entityId).query(Long.class).single();
	}

	private boolean undelivered(String marker) {
		return jdbc.sql("select count(*) from event_publication where serialized_event like :m and completion_date is null")
			.param("m", "%" + marker + "%").query(Long.class).single() > 0;
	}

	@Test
	void theApplicationCannotChangeOrDeleteEntries() {
		await().atMost(Duration.ofSeconds(10)).until(() -> lastSeq() > 0);
		assertThatThrownBy(() -> jdbc.sql("update audit_entry set summary = 'x' where seq = 1").update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = 1").update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
	}

	/** Someone with database rights bypasses the trigger and alters a row: the verification names it. */
	@Test
	void aModifiedRowIsReportedByThePageTheApiAndTheCommandLine() throws Exception {
		await().atMost(Duration.ofSeconds(10)).until(() -> lastSeq() >= 3);
		long target = 2;
		String original = jdbc.sql("select summary from audit_entry where seq = :s").param("s", target).query(String.class).single();
		assertThat(runVerify()).isZero();
		String token = tokenFor(context, ADMIN);
		try {
			tamper("update audit_entry set summary = 'nothing to see' where seq = " + target);
			mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + token))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.firstBrokenSeq").value(target))
				.andExpect(jsonPath("$.problem").value("audit.verify.altered"));
			mvc.perform(post("/admin/audit/verify").with(csrf()).with(as(context, ADMIN)).header("Accept-Language", "en"))
				.andExpect(content().string(containsString("BROKEN at entry " + target)))
				.andExpect(content().string(containsString("altered after it was recorded")));
			assertThat(runVerify()).isEqualTo(1);
		}
		finally {
			tamper("update audit_entry set summary = '" + original.replace("'", "''") + "' where seq = " + target);
		}
		mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.intact").value(true));
	}

	@Test
	void theViewerFiltersAndExportsCsv() throws Exception {
		await().atMost(Duration.ofSeconds(10)).until(() -> lastSeq() > 0);
		mvc.perform(get("/admin/audit").param("action", "institution.registered").with(as(context, ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("institution.registered")));
		String csv = mvc.perform(get("/admin/audit/export.csv").param("action", "institution.registered").with(as(context, ADMIN)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("seq,occurred_at,actor");
		assertThat(csv.lines().skip(1)).isNotEmpty().allSatisfy(line -> assertThat(line).contains("institution.registered"));
		mvc.perform(get("/admin/audit").param("from", "not-a-date").with(as(context, ADMIN))).andExpect(status().is4xxClientError());
	}

	private int runVerify() {
		CliCommand verify = commands.stream().filter(c -> c.name().equals("audit-verify")).findFirst().orElseThrow();
		return verify.run(List.of(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
	}

	/** As a database superuser would: the append-only trigger is switched off for the statement. */
	private void tamper(String sql) {
		jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update_or_delete").update();
		try {
			jdbc.sql(sql).update();
		}
		finally {
			jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update_or_delete").update();
		}
	}
}
