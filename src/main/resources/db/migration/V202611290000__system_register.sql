-- The register of each institution's ICT systems (e-Government Act s.26): what runs where, how critical
-- it is, what data it holds and how fast it must come back after a disaster.
create table ict_system (
    id                   uuid primary key,
    institution_id       uuid          not null references institution (id),
    name                 varchar(200)  not null,
    purpose              text          not null,
    owning_unit          varchar(200),
    business_owner       varchar(200),
    criticality          varchar(10)   not null,
    hosting              varchar(30)   not null,
    data_classification  varchar(20)   not null,
    personal_data        boolean       not null default false,
    integrations         text,
    public_url           varchar(500),
    technology_stack     varchar(500),
    vendor               varchar(200),
    go_live_date         date,
    status               varchar(20)   not null,
    rto_minutes          int,
    rpo_minutes          int,
    created_by           uuid          not null,
    version              bigint        not null default 0,
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now(),
    constraint ict_system_rto check (rto_minutes is null or rto_minutes between 0 and 525600),
    constraint ict_system_rpo check (rpo_minutes is null or rpo_minutes between 0 and 525600)
);
create unique index ict_system_name_uq on ict_system (institution_id, lower(name));
create index ict_system_filter_ix on ict_system (criticality, status);
create index ict_system_search_ix on ict_system using gin (to_tsvector('simple', name || ' ' || coalesce(vendor, '') || ' ' || coalesce(technology_stack, '')));
