package org.mizani;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.identity.Role;
import org.mizani.platform.RetentionSchedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mizani.identity.internal.TestLogins.createUser;

/**
 * The nightly retention schedule removes what has passed its retention — used or expired sign-in links
 * after 30 days, revoked or expired API tokens after 90, delivered events after 30 — keeps everything
 * else, never touches an event not yet delivered, and records each removal in the audit trail.
 */
@MizaniIntegrationTest
class RetentionIT extends IntegrationTestSupport {

	@Test
	void whatHasPassedItsRetentionIsRemovedAndTheRemovalIsAudited() throws Exception {
		UUID user = createUser(context, "retention-" + UUID.randomUUID().toString().substring(0, 8) + "@mof.go.tz", Role.ICT_OFFICER,
				"MOF", "mawingu meupe angani");
		UUID usedLongAgo = link(user, "interval '40 days'", "now() - interval '40 days'");
		UUID expiredLongAgo = link(user, "interval '-31 days'", null);
		UUID usedYesterday = link(user, "interval '40 days'", "now() - interval '1 day'");
		UUID pending = link(user, "interval '2 days'", null);
		UUID revokedLongAgo = token(user, "interval '200 days'", "now() - interval '100 days'");
		UUID expiredLongAgoToken = token(user, "interval '-91 days'", null);
		UUID revokedLately = token(user, "interval '200 days'", "now() - interval '10 days'");
		UUID active = token(user, "interval '30 days'", null);
		UUID deliveredLongAgo = publication("now() - interval '31 days'", "now() - interval '31 days'");
		UUID deliveredLately = publication("now() - interval '1 day'", "now() - interval '1 day'");
		UUID undelivered = publication("now() - interval '60 days'", null);
		long auditedBefore = audited();
		try {
			long removed = context.getBeansOfType(RetentionSchedule.class).values().stream().mapToLong(RetentionSchedule::apply).sum();
			assertThat(removed).isGreaterThanOrEqualTo(5);

			assertThat(exists("account_link", usedLongAgo)).isFalse();
			assertThat(exists("account_link", expiredLongAgo)).isFalse();
			assertThat(exists("account_link", usedYesterday)).isTrue();
			assertThat(exists("account_link", pending)).isTrue();
			assertThat(exists("api_token", revokedLongAgo)).isFalse();
			assertThat(exists("api_token", expiredLongAgoToken)).isFalse();
			assertThat(exists("api_token", revokedLately)).as("still listed to its owner").isTrue();
			assertThat(exists("api_token", active)).isTrue();
			assertThat(exists("event_publication", deliveredLongAgo)).isFalse();
			assertThat(exists("event_publication", deliveredLately)).isTrue();
			assertThat(exists("event_publication", undelivered)).as("never removed before it is delivered").isTrue();

			await().atMost(Duration.ofSeconds(10)).until(() -> audited() >= auditedBefore + 3);
			assertThat(jdbc.sql("select summary from audit_entry where action = 'retention.applied' and entity_id = 'api-tokens'"
					+ " order by seq desc limit 1").query(String.class).single()).contains("revoked or expired more than 90 days ago");
		}
		finally {
			jdbc.sql("delete from event_publication where id in (:ids)")
				.param("ids", List.of(deliveredLately, undelivered)).update();
		}
	}

	private UUID link(UUID user, String expiresIn, String usedAt) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into account_link (id, user_id, purpose, token_hash, expires_at, used_at) values (:id, :u, 'RESET', :h, now() + "
				+ expiresIn + ", " + (usedAt == null ? "null" : usedAt) + ")")
			.param("id", id).param("u", user).param("h", hash()).update();
		return id;
	}

	private UUID token(UUID user, String expiresIn, String revokedAt) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into api_token (id, user_id, name, token_hash, prefix, expires_at, revoked_at) values (:id, :u, 'script', :h,"
				+ " 'mzn_test', now() + " + expiresIn + ", " + (revokedAt == null ? "null" : revokedAt) + ")")
			.param("id", id).param("u", user).param("h", hash()).update();
		return id;
	}

	/** A publication as the registry keeps it; its listener is none of Mizani's, so no node would deliver it. */
	private UUID publication(String publishedAt, String completedAt) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date)"
				+ " values (:id, 'retention-test', 'java.lang.String', '\"retention test\"', " + publishedAt + ", "
				+ (completedAt == null ? "null" : completedAt) + ")").param("id", id).update();
		return id;
	}

	private boolean exists(String table, UUID id) {
		return jdbc.sql("select count(*) from " + table + " where id = :id").param("id", id).query(Long.class).single() == 1;
	}

	private long audited() {
		return jdbc.sql("select count(*) from audit_entry where action = 'retention.applied'").query(Long.class).single();
	}

	private static String hash() {
		return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 64);
	}
}
