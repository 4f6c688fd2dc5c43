package org.mizani.system.internal;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.mizani.platform.Paging;
import org.mizani.system.SystemQuery;
import org.mizani.system.SystemView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.mizani.identity.internal.TestLogins.authenticationOf;

/**
 * The second wall: with the application's own tenancy checks left out (its queries called without
 * the institution filter its services add, and bare SQL through the application's connections),
 * PostgreSQL still shows an institution user only their institution's rows.
 */
@MizaniIntegrationTest
class RowLevelSecurityIT extends IntegrationTestSupport {

	/** Every table under the wall (migration platform_row_level_security). */
	static final List<String> WALLED = List.of("assessment", "evidence_file", "remediation_action", "project", "ict_system",
			"incident", "dr_plan", "dr_drill", "dr_drill_action", "training_follow_up", "training_visit");

	@Autowired
	Systems systems;

	UUID dodoma;
	UUID mof;

	@BeforeEach
	void walledOffRole() {
		assumeFalse(jdbc.sql("select rolsuper or rolbypassrls from pg_roles where rolname = current_user").query(Boolean.class)
			.single(), "the test database role is a superuser or bypasses row-level security, so PostgreSQL cannot apply it:"
					+ " run the tests on the embedded database or as the owner role of MIZANI_TEST_DB_URL's database");
		dodoma = institutionId("DODOMA-CC");
		mof = institutionId("MOF");
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theRegisterWithoutItsInstitutionFilterStillShowsAnOfficerOnlyTheirInstitution() {
		long everyone = systems.search(SystemQuery.all(), null, new Paging(0, 200)).total();
		List<SystemView> seen = as("ict.officer@dodomacc.go.tz",
				() -> systems.search(SystemQuery.all(), null, new Paging(0, 200)).items());
		assertThat(seen).isNotEmpty().allSatisfy(system -> assertThat(system.institutionId()).isEqualTo(dodoma));
		assertThat((long) seen.size()).isLessThan(everyone);
		UUID ofMof = jdbc.sql("select id from ict_system where institution_id = :mof limit 1").param("mof", mof)
			.query(UUID.class).single();
		assertThat(as("ict.officer@dodomacc.go.tz", () -> systems.find(ofMof))).isEmpty();
		assertThat(as("ict.officer@mof.go.tz", () -> systems.find(ofMof))).isPresent();
	}

	@Test
	void bareSqlSeesOnlyTheOwnInstitutionInEveryWalledTable() {
		for (String table : WALLED) {
			long all = count("select count(*) from " + table);
			long own = count("select count(*) from " + table + " where institution_id = '" + dodoma + "'");
			List<UUID> seen = as("head@dodomacc.go.tz",
					() -> jdbc.sql("select distinct institution_id from " + table).query(UUID.class).list());
			assertThat(seen).as(table).allSatisfy(institution -> assertThat(institution).isEqualTo(dodoma));
			assertThat(as("head@dodomacc.go.tz", () -> count("select count(*) from " + table))).as(table).isEqualTo(own);
			assertThat(as("executive@ega.go.tz", () -> count("select count(*) from " + table))).as("authority, " + table)
				.isEqualTo(all);
			assertThat(as("cert@tcra.go.tz", () -> count("select count(*) from " + table))).as("partner, " + table)
				.isEqualTo(all);
		}
		assertThat(count("select count(*) from incident where institution_id <> '" + dodoma + "'"))
			.as("the demo data has other institutions' incidents to hide").isPositive();
	}

	@Test
	void anOfficerCanNeitherChangeNorAddAnotherInstitutionsRows() {
		int changed = as("ict.officer@dodomacc.go.tz", () -> jdbc.sql("update ict_system set purpose = 'x' where institution_id = :mof")
			.param("mof", mof).update());
		assertThat(changed).isZero();
		int deleted = as("ict.officer@dodomacc.go.tz", () -> jdbc.sql("delete from dr_drill_action where institution_id = :mof")
			.param("mof", mof).update());
		assertThat(deleted).isZero();
		UUID mofSystem = jdbc.sql("select id from ict_system where institution_id = :mof limit 1").param("mof", mof)
			.query(UUID.class).single();
		assertThatThrownBy(() -> as("ict.officer@dodomacc.go.tz", () -> jdbc.sql(
				"update ict_system set institution_id = :mof where institution_id = :dodoma")
			.param("mof", mof).param("dodoma", dodoma).update()))
			.rootCause().hasMessageContaining("violates row-level security policy");
		assertThat(count("select count(*) from ict_system where id = '" + mofSystem + "'")).isEqualTo(1);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private <T> T as(String email, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var signedIn = SecurityContextHolder.createEmptyContext();
		signedIn.setAuthentication(authenticationOf(context, email));
		SecurityContextHolder.setContext(signedIn);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
