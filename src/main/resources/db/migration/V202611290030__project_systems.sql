-- The register entries of the systems an ICT project builds or changes: entered as "planned" when the
-- project is approved, and moved to "live" when the project goes live.
create table project_system (
    project_id  uuid not null references project (id) on delete cascade,
    system_id   uuid not null,
    primary key (project_id, system_id)
);
