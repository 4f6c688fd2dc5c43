package org.mizani.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database role Mizani connects as on its embedded server (and in tests): it owns its database
 * and everything in it but is no superuser and cannot bypass row-level security.
 */
public final class OwnerRole {

	private OwnerRole() {
	}

	/** Creates the login role if missing; {@code mayCreateDatabases} for tests that restore into a new database. */
	public static void create(Connection superuser, String role, boolean mayCreateDatabases) throws SQLException {
		try (Statement statement = superuser.createStatement()) {
			statement.execute("""
					do $$ begin
					  if not exists (select from pg_roles where rolname = '%1$s') then
					    create role %1$s login nosuperuser nobypassrls %2$s;
					  end if;
					end $$""".formatted(role, mayCreateDatabases ? "createdb" : "nocreatedb"));
		}
	}

	/** Makes the role the owner of the database (connected to it as a superuser) and of all its objects. */
	public static void takeOver(Connection superuserOnDatabase, String database, String role) throws SQLException {
		try (Statement statement = superuserOnDatabase.createStatement()) {
			statement.execute("alter database " + database + " owner to " + role);
			statement.execute("alter schema public owner to " + role);
			statement.execute("""
					do $$
					declare r record;
					begin
					  for r in select c.oid::regclass as name, c.relkind from pg_class c
					           join pg_namespace n on n.oid = c.relnamespace
					           where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
					             and pg_get_userbyid(c.relowner) <> '%1$s'
					             and not exists (select from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i')
					                             and d.classid = 'pg_class'::regclass and c.relkind = 'S')
					  loop
					    execute format('alter %%s %%s owner to %1$s',
					      case r.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view' else 'table' end,
					      r.name);
					  end loop;
					  for r in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
					           where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%1$s'
					  loop
					    execute format('alter function %%s owner to %1$s', r.name);
					  end loop;
					  for r in select t.oid::regtype as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
					           where n.nspname = 'public' and t.typtype in ('e', 'd') and pg_get_userbyid(t.typowner) <> '%1$s'
					  loop
					    execute format('alter type %%s owner to %1$s', r.name);
					  end loop;
					end $$""".formatted(role));
		}
	}
}
