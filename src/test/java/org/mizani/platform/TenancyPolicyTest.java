package org.mizani.platform;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenancyPolicyTest {

	private final UUID own = UUID.randomUUID();
	private final UUID other = UUID.randomUUID();

	@Test
	void authorityStaffSeeEveryInstitutionAndAuthorityRecords() {
		Caller analyst = new Caller(UUID.randomUUID(), "a@ega.go.tz", null, Set.of("SECURITY_ANALYST"), true);
		assertThat(TenancyPolicy.canAccess(analyst, own)).isTrue();
		assertThat(TenancyPolicy.canAccess(analyst, other)).isTrue();
		assertThat(TenancyPolicy.canAccess(analyst, null)).isTrue();
	}

	@Test
	void institutionStaffSeeOnlyTheirOwnInstitution() {
		Caller officer = new Caller(UUID.randomUUID(), "o@x.go.tz", own, Set.of("ICT_OFFICER"), false);
		assertThat(TenancyPolicy.canAccess(officer, own)).isTrue();
		assertThat(TenancyPolicy.canAccess(officer, other)).isFalse();
	}

	@Test
	void institutionStaffNeverSeeRecordsThatBelongToNoInstitution() {
		Caller viewer = new Caller(UUID.randomUUID(), "v@x.go.tz", own, Set.of("VIEWER"), false);
		assertThat(TenancyPolicy.canAccess(viewer, null)).isFalse();
	}

	@Test
	void aUserWithoutInstitutionOnTheInstitutionSideSeesNothing() {
		Caller orphan = new Caller(UUID.randomUUID(), "x@x.go.tz", null, Set.of("VIEWER"), false);
		assertThat(TenancyPolicy.canAccess(orphan, own)).isFalse();
		assertThat(TenancyPolicy.canAccess(orphan, null)).isFalse();
	}
}
