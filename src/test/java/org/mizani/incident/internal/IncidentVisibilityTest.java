package org.mizani.incident.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.incident.Tlp;
import org.mizani.platform.Caller;

class IncidentVisibilityTest {

	private final UUID institution = UUID.randomUUID();
	private final UUID cert = UUID.randomUUID();
	private final UUID reporter = UUID.randomUUID();
	private final UUID colleague = UUID.randomUUID();

	private static IncidentVisibility of(UUID user, UUID institution, boolean authority, String... roles) {
		return IncidentVisibility.of(new Caller(user, "x@go.tz", institution, Set.of(roles), authority));
	}

	@Test
	void analystsSeeEveryIncident() {
		IncidentVisibility analyst = of(UUID.randomUUID(), null, true, "SECURITY_ANALYST");
		assertThat(analyst.canSee(institution, Tlp.RED, reporter, null, List.of())).isTrue();
		assertThat(analyst.handler()).isTrue();
	}

	@Test
	void otherAuthorityStaffSeeNoSingleIncident() {
		IncidentVisibility executive = of(UUID.randomUUID(), null, true, "EXECUTIVE", "COMPLIANCE_OFFICER");
		assertThat(executive.canSee(institution, Tlp.CLEAR, reporter, null, List.of())).isFalse();
	}

	@Test
	void aPartnerSeesOnlyWhatWasEscalatedToIt() {
		IncidentVisibility partner = of(UUID.randomUUID(), cert, false, "PARTNER");
		assertThat(partner.canSee(institution, Tlp.AMBER, reporter, null, List.of())).isFalse();
		assertThat(partner.canSee(institution, Tlp.AMBER, reporter, UUID.randomUUID(), List.of())).isFalse();
		assertThat(partner.canSee(institution, Tlp.AMBER, reporter, cert, List.of())).isTrue();
		assertThat(partner.handler()).isTrue();
	}

	@Test
	void theInstitutionSeesItsOwnAndRestrictedOnesOnlyByTheReporterAndNamedPeople() {
		IncidentVisibility officer = of(colleague, institution, false, "ICT_OFFICER");
		IncidentVisibility author = of(reporter, institution, false, "ICT_OFFICER");
		assertThat(officer.canSee(institution, Tlp.AMBER, reporter, null, List.of())).isTrue();
		assertThat(officer.canSee(UUID.randomUUID(), Tlp.CLEAR, reporter, null, List.of())).isFalse();
		assertThat(officer.canSee(institution, Tlp.RED, reporter, null, List.of())).isFalse();
		assertThat(officer.canSee(institution, Tlp.AMBER_STRICT, reporter, null, List.of())).isFalse();
		assertThat(author.canSee(institution, Tlp.RED, reporter, null, List.of())).isTrue();
		assertThat(officer.canSee(institution, Tlp.RED, reporter, null, List.of(colleague))).isTrue();
		assertThat(officer.handler()).isFalse();
	}
}
