-- Standards catalogues: documents (regulation, standard, guideline, baseline), their versions, and
-- each version's tree of groups and requirements. A published version never changes; assessments
-- point at its requirements.
create table catalog_document (
    id            uuid primary key,
    code          varchar(80)  not null,
    kind          varchar(20)  not null,
    title_sw      varchar(500) not null,
    title_en      varchar(500) not null,
    issuing_body  varchar(200),
    description   text,
    source        varchar(20)  not null,
    active        boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);
create unique index catalog_document_code_uq on catalog_document (lower(code));

create table catalog_version (
    id              uuid primary key,
    document_id     uuid         not null references catalog_document (id),
    label           varchar(80)  not null,
    effective_date  date,
    status          varchar(20)  not null,
    oscal_uuid      uuid         not null,
    oscal_version   varchar(20),
    content_hash    char(64)     not null,
    published_at    timestamptz,
    created_at      timestamptz  not null default now(),
    constraint catalog_version_label_uq unique (document_id, label)
);

create table catalog_item (
    id              uuid primary key,
    version_id      uuid         not null references catalog_version (id) on delete cascade,
    parent_id       uuid references catalog_item (id) on delete cascade,
    kind            varchar(20)  not null,
    code            varchar(120) not null,
    label           varchar(120),
    sort_key        varchar(120),
    position        int          not null,
    depth           int          not null,
    title_sw        text,
    title_en        text         not null,
    statement_sw    text,
    statement_en    text,
    guidance_sw     text,
    guidance_en     text,
    evidence_sw     text,
    evidence_en     text,
    objectives_en   text,
    weight          numeric(6, 2) not null default 1,
    level           varchar(20)  not null default 'MANDATORY',
    applicability   varchar(40)[] not null default '{}',
    tags            varchar(60)[] not null default '{}',
    withdrawn       boolean      not null default false,
    search          tsvector generated always as (
        setweight(to_tsvector('simple', coalesce(code, '') || ' ' || coalesce(label, '')), 'A') ||
        setweight(to_tsvector('simple', coalesce(title_en, '') || ' ' || coalesce(title_sw, '')), 'B') ||
        setweight(to_tsvector('simple', coalesce(statement_en, '') || ' ' || coalesce(statement_sw, '')), 'C') ||
        setweight(to_tsvector('simple', coalesce(guidance_en, '') || ' ' || coalesce(guidance_sw, '')), 'D')
    ) stored,
    constraint catalog_item_code_uq unique (version_id, code),
    constraint catalog_item_weight_positive check (weight > 0)
);
create index catalog_item_tree_ix on catalog_item (version_id, position);
create index catalog_item_search_ix on catalog_item using gin (search);

create table catalog_link (
    item_id      uuid         not null references catalog_item (id) on delete cascade,
    target_code  varchar(120) not null,
    relation     varchar(60)  not null,
    primary key (item_id, target_code, relation)
);
