package org.mizani.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.mizani.identity.Role;
import org.mizani.platform.FieldProblem;

/**
 * Which roles a user may hold together (DESIGN.md, "Tenancy and roles"): authority roles belong to
 * authority staff with no institution; partner and institution roles need the institution the
 * user works for; one user is on one side only, so that tenancy is never ambiguous.
 */
final class RoleAssignmentPolicy {

	private RoleAssignmentPolicy() {
	}

	static List<FieldProblem> check(Set<Role> roles, UUID institutionId) {
		List<FieldProblem> problems = new ArrayList<>();
		long sides = roles.stream().map(Role::side).distinct().count();
		if (sides > 1) {
			problems.add(new FieldProblem("roles", "identity.roles.mixed-sides"));
			return problems;
		}
		boolean authority = roles.stream().anyMatch(r -> r.side() == Role.Side.AUTHORITY);
		if (authority && institutionId != null) {
			problems.add(new FieldProblem("institutionId", "identity.institution.not-for-authority"));
		}
		if (!roles.isEmpty() && !authority && institutionId == null) {
			problems.add(new FieldProblem("institutionId", "identity.institution.required"));
		}
		return problems;
	}
}
