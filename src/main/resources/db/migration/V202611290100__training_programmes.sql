-- Capacity building: programmes planned per fiscal year in phases, sessions, nominations within quotas,
-- daily attendance and certificates anyone can verify by their code.
create table training_programme (
    id                   uuid primary key,
    title_sw             varchar(300)  not null,
    title_en             varchar(300)  not null,
    fiscal_year          int           not null,
    target_institutions  int           not null,
    phases               int           not null,
    co_organisers        varchar(500),
    budget_tzs           numeric(18, 2),
    version              bigint        not null default 0,
    created_at           timestamptz   not null default now(),
    constraint training_programme_target check (target_institutions > 0 and phases between 1 and 12)
);

-- The areas a programme teaches (by default the four of the founding scenario), in both languages.
create table training_module (
    programme_id  uuid          not null references training_programme (id) on delete cascade,
    code          varchar(40)   not null,
    title_sw      varchar(300)  not null,
    title_en      varchar(300)  not null,
    position      int           not null,
    primary key (programme_id, code)
);

create table training_session (
    id                     uuid primary key,
    programme_id           uuid          not null references training_programme (id),
    phase                  int           not null,
    title                  varchar(300)  not null,
    starts_on              date          not null,
    ends_on                date          not null,
    venue                  varchar(300)  not null,
    region                 varchar(120)  not null,
    capacity               int           not null,
    quota_per_institution  int           not null,
    trainers               varchar(1000),
    modules                varchar(40)[] not null default '{}',
    co_organisers          varchar(500),
    status                 varchar(20)   not null,
    version                bigint        not null default 0,
    created_at             timestamptz   not null default now(),
    constraint training_session_dates check (ends_on >= starts_on and ends_on - starts_on < 60),
    constraint training_session_capacity check (capacity > 0 and quota_per_institution > 0)
);
create index training_session_programme_ix on training_session (programme_id, phase);

create table training_participant (
    id              uuid primary key,
    session_id      uuid          not null references training_session (id),
    institution_id  uuid          not null references institution (id),
    user_id         uuid,
    full_name       varchar(200)  not null,
    email           varchar(254)  not null,
    position        varchar(200),
    status          varchar(20)   not null,
    nominated_by    uuid          not null,
    nominated_at    timestamptz   not null default now(),
    decided_at      timestamptz
);
create unique index training_participant_email_uq on training_participant (session_id, lower(email));
create index training_participant_institution_ix on training_participant (institution_id, status);

create table training_attendance (
    participant_id  uuid          not null references training_participant (id) on delete cascade,
    day             date          not null,
    mark            varchar(10)   not null,
    primary key (participant_id, day)
);

create table training_certificate (
    id              uuid primary key,
    participant_id  uuid          not null unique references training_participant (id),
    code            varchar(40)   not null unique,
    issued_at       timestamptz   not null default now(),
    revoked_at      timestamptz,
    revoke_reason   text
);
