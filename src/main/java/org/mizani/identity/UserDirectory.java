package org.mizani.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.mizani.platform.Language;

/**
 * Who works where, for other modules: the people to notify at an institution and the names to show
 * beside records. It applies no tenancy rule itself; the calling use case has already checked that
 * its caller may see the institution.
 */
public interface UserDirectory {

	/** Active members of the institution holding any of the roles (any role when none are given), by name. */
	List<Contact> members(UUID institution, Set<Role> roles);

	/** Active authority staff (who belong to no institution) holding any of the roles, by name. */
	List<Contact> staff(Set<Role> roles);

	/** The users with these ids, active or not. */
	Map<UUID, Contact> contacts(Collection<UUID> users);

	record Contact(UserId id, String email, String fullName, Language language, UUID institutionId, Set<Role> roles) {
	}
}
