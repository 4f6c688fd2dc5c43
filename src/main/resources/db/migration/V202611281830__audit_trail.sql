-- Append-only, hash-chained audit trail. Each entry stores SHA-256 over its content and the
-- previous entry's hash; the head row holds the last link so that removing the newest entries
-- is detected too.
create table audit_entry (
    seq                   bigint primary key,
    id                    uuid         not null unique,
    occurred_at           timestamptz  not null,
    recorded_at           timestamptz  not null default now(),
    actor_id              uuid,
    actor_name            varchar(254) not null,
    actor_institution_id  uuid,
    action                varchar(100) not null,
    entity_type           varchar(60)  not null,
    entity_id             varchar(100) not null,
    institution_id        uuid,
    request_id            varchar(64),
    client_address        varchar(64),
    summary               text         not null,
    previous_hash         char(64)     not null,
    hash                  char(64)     not null
);
create index audit_entry_occurred_ix on audit_entry (occurred_at);
create index audit_entry_actor_ix on audit_entry (actor_name);
create index audit_entry_institution_ix on audit_entry (institution_id);
create index audit_entry_action_ix on audit_entry (action);

create table audit_chain_head (
    id        int primary key check (id = 1),
    last_seq  bigint   not null,
    last_hash char(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, repeat('0', 64));

-- First wall: the application can only append. (The hash chain is the second wall, for anyone
-- who can bypass this trigger.)
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only';
end;
$$;
create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
