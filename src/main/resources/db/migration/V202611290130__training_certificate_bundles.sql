-- All certificates of a session in one ZIP, rendered in the background with its progress beside it.
create table training_certificate_bundle (
    id            uuid primary key,
    session_id    uuid          not null references training_session (id),
    language      varchar(2)    not null,
    status        varchar(10)   not null,
    total         int           not null,
    done          int           not null default 0,
    sha256        varchar(64),
    size          bigint,
    error         varchar(200),
    requested_by  uuid          not null,
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    finished_at   timestamptz,
    constraint training_certificate_bundle_status check (status in ('RUNNING', 'DONE', 'FAILED'))
);
create index training_certificate_bundle_session_ix on training_certificate_bundle (session_id, created_at desc);
