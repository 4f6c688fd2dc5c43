package org.mizani.identity.internal;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.identity.Role;
import org.mizani.platform.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class RoleAssignmentPolicyTest {

	private final UUID institution = UUID.randomUUID();

	@Test
	void authorityStaffHaveNoInstitution() {
		assertThat(RoleAssignmentPolicy.check(Set.of(Role.COMPLIANCE_OFFICER, Role.EXECUTIVE), null)).isEmpty();
		assertThat(RoleAssignmentPolicy.check(Set.of(Role.AUTHORITY_ADMIN), institution)).extracting(FieldProblem::code)
			.containsExactly("identity.institution.not-for-authority");
	}

	@Test
	void institutionAndPartnerRolesNeedAnInstitution() {
		assertThat(RoleAssignmentPolicy.check(Set.of(Role.ICT_OFFICER, Role.INSTITUTION_HEAD), institution)).isEmpty();
		assertThat(RoleAssignmentPolicy.check(Set.of(Role.PARTNER), null)).extracting(FieldProblem::code)
			.containsExactly("identity.institution.required");
	}

	@Test
	void rolesOfDifferentSidesCannotBeCombined() {
		assertThat(RoleAssignmentPolicy.check(Set.of(Role.AUTHORITY_ADMIN, Role.ICT_OFFICER), institution))
			.extracting(FieldProblem::code).containsExactly("identity.roles.mixed-sides");
	}
}
