package org.mizani.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;

/** The totals of paged lists, reused for a while per node and counted afresh after any recorded change. */
@MizaniIntegrationTest
class ListCountsIT extends IntegrationTestSupport {

	private static final String COUNT = "select count(*) from institution where type = :type";

	private void addInstitution(String type) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into institution (id, name_sw, name_en, acronym, type) values (:id, :n, :n, :n, :t)").param("id", id)
			.param("n", "Count " + id.toString().substring(0, 8)).param("t", type).update();
	}

	@Test
	void aTotalIsReusedForTheSameQuestionUntilAChangeIsRecorded() {
		ListCounts counts = new ListCounts(Duration.ofSeconds(10));
		long before = counts.count(jdbc, COUNT, Map.of("type", "OTHER"));
		addInstitution("OTHER");
		assertThat(counts.count(jdbc, COUNT, Map.of("type", "OTHER"))).as("reused within the cache time").isEqualTo(before);
		assertThat(counts.count(jdbc, COUNT, Map.of("type", "MINISTRY")))
			.as("another question is counted on its own").isEqualTo(jdbc.sql(COUNT).param("type", "MINISTRY").query(Long.class).single());
		counts.forgetOn(new RecordedChange());
		assertThat(counts.count(jdbc, COUNT, Map.of("type", "OTHER"))).as("after a recorded change").isEqualTo(before + 1);
	}

	@Test
	void withNoCacheTimeEveryTotalIsCounted() {
		ListCounts counts = new ListCounts(Duration.ZERO);
		long before = counts.count(jdbc, COUNT, Map.of("type", "OTHER"));
		addInstitution("OTHER");
		assertThat(counts.count(jdbc, COUNT, Map.of("type", "OTHER"))).isEqualTo(before + 1);
	}

	/** Any change the audit trail records. */
	private record RecordedChange() implements AuditableEvent {

		@Override
		public String action() {
			return "test.changed";
		}

		@Override
		public String entityType() {
			return "test";
		}

		@Override
		public String entityId() {
			return "1";
		}

		@Override
		public UUID affectedInstitution() {
			return null;
		}

		@Override
		public String summary() {
			return "changed";
		}

		@Override
		public Actor actor() {
			return Actor.anonymous("test");
		}
	}
}
