create table institution (
    id                 uuid primary key,
    name_sw            varchar(300) not null,
    name_en            varchar(300) not null,
    acronym            varchar(30)  not null,
    type               varchar(40)  not null,
    sector             varchar(120),
    region             varchar(120),
    parent_id          uuid references institution (id),
    email              varchar(254),
    phone              varchar(40),
    postal_address     varchar(500),
    website            varchar(300),
    head_name          varchar(200),
    head_title         varchar(200),
    ict_contact_name   varchar(200),
    ict_contact_email  varchar(254),
    ict_contact_phone  varchar(40),
    active             boolean      not null default true,
    version            bigint       not null default 0,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    constraint institution_not_own_parent check (parent_id is null or parent_id <> id)
);
create unique index institution_acronym_uq on institution (lower(acronym));
create unique index institution_name_en_uq on institution (lower(name_en));
create unique index institution_name_sw_uq on institution (lower(name_sw));
create index institution_type_ix on institution (type);
create index institution_region_ix on institution (region);
create index institution_parent_ix on institution (parent_id);
