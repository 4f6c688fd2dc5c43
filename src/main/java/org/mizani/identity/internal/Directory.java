package org.mizani.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.mizani.identity.Role;
import org.mizani.identity.UserDirectory;
import org.mizani.identity.UserId;
import org.mizani.platform.Language;
import org.mizani.platform.SqlText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class Directory implements UserDirectory {

	private final JdbcClient jdbc;

	Directory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Contact> members(UUID institution, Set<Role> roles) {
		String[] wanted = (roles.isEmpty() ? EnumSet.allOf(Role.class) : roles).stream().map(Role::name)
			.toArray(String[]::new);
		return jdbc.sql("""
				select id, email, full_name, preferred_language, institution_id, roles from app_user
				where institution_id = :institution and active and roles && cast(:roles as varchar[])
				order by lower(full_name)
				""").param("institution", institution).param("roles", SqlText.arrayLiteral(List.of(wanted)))
			.query(Directory::contact).list();
	}

	@Override
	public List<Contact> staff(Set<Role> roles) {
		String[] wanted = (roles.isEmpty() ? EnumSet.allOf(Role.class) : roles).stream().map(Role::name)
			.toArray(String[]::new);
		return jdbc.sql("""
				select id, email, full_name, preferred_language, institution_id, roles from app_user
				where institution_id is null and active and roles && cast(:roles as varchar[])
				order by lower(full_name)
				""").param("roles", SqlText.arrayLiteral(List.of(wanted))).query(Directory::contact).list();
	}

	@Override
	public Map<UUID, Contact> contacts(Collection<UUID> users) {
		if (users.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Contact> found = new LinkedHashMap<>();
		jdbc.sql("""
				select id, email, full_name, preferred_language, institution_id, roles from app_user
				where id in (select unnest(cast(:ids as uuid[])))
				""").param("ids", SqlText.arrayLiteral(users.stream().map(UUID::toString).toList()))
			.query(Directory::contact).list().forEach(c -> found.put(c.id().value(), c));
		return found;
	}

	private static Contact contact(ResultSet rs, int n) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
		return new Contact(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"), rs.getString("full_name"),
				Language.fromCode(rs.getString("preferred_language")), rs.getObject("institution_id", UUID.class), roles);
	}
}
