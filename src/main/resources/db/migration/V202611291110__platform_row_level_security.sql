-- A second wall between institutions, inside PostgreSQL: rows of an institution's own records are
-- visible only to connections working for that institution or for everyone. Mizani sets
-- mizani.tenant when it hands a connection to a request: an institution user's institution id, or
-- 'all' (authority staff, the partner, the system, anonymous pages such as certificate checks).
-- The application checks tenancy itself everywhere; this catches a query that forgot to.
-- Applies to every role but superusers and roles with BYPASSRLS (hence FORCE: also to the tables' owner).
create function mizani_sees(row_institution uuid) returns boolean
    language sql stable parallel safe as $$
    select coalesce(current_setting('mizani.tenant', true), '') in ('', 'all')
        or row_institution = (case when current_setting('mizani.tenant', true)
                                   ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                              then current_setting('mizani.tenant', true)::uuid end)
$$;

do $$
declare
    t text;
begin
    foreach t in array array['assessment', 'evidence_file', 'remediation_action', 'project', 'ict_system', 'incident',
                             'dr_plan', 'dr_drill', 'dr_drill_action', 'training_follow_up', 'training_visit']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy institution_wall on %I using (mizani_sees(institution_id))', t);
    end loop;
end $$;
