-- Compliance assessments. A campaign freezes the requirements of one published catalogue version
-- (campaign_area, campaign_requirement) so that every institution is assessed against the same text
-- and scores stay comparable even after the catalogue moves on.
create table assessment_campaign (
    id                   uuid primary key,
    name                 varchar(200) not null,
    document_id          uuid         not null,
    version_id           uuid         not null,
    document_code        varchar(80)  not null,
    document_title_sw    varchar(500) not null,
    document_title_en    varchar(500) not null,
    version_label        varchar(80)  not null,
    scope                jsonb        not null,
    opens_on             date         not null,
    deadline             date         not null,
    instructions_sw      text,
    instructions_en      text,
    late_rule            varchar(20)  not null,
    status               varchar(20)  not null,
    launch_total         int          not null default 0,
    launch_done          int          not null default 0,
    launch_error         varchar(200),
    launched_at          timestamptz,
    launched_by          uuid,
    created_by           uuid         not null,
    version              bigint       not null default 0,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    constraint assessment_campaign_dates check (deadline >= opens_on)
);
create unique index assessment_campaign_name_uq on assessment_campaign (lower(name));

create table campaign_area (
    campaign_id  uuid         not null references assessment_campaign (id) on delete cascade,
    code         varchar(120) not null,
    title_sw     text,
    title_en     text         not null,
    position     int          not null,
    primary key (campaign_id, code)
);

create table campaign_requirement (
    campaign_id     uuid          not null references assessment_campaign (id) on delete cascade,
    requirement_id  uuid          not null,
    code            varchar(120)  not null,
    display_code    varchar(120)  not null,
    area_code       varchar(120)  not null,
    title_sw        text,
    title_en        text          not null,
    statement_sw    text,
    statement_en    text,
    weight          numeric(6, 2) not null,
    mandatory       boolean       not null,
    applicability   varchar(40)[] not null default '{}',
    position        int           not null,
    primary key (campaign_id, requirement_id)
);

create table assessment (
    id                uuid primary key,
    campaign_id       uuid          not null references assessment_campaign (id),
    institution_id    uuid          not null references institution (id),
    institution_type  varchar(40)   not null,
    status            varchar(20)   not null,
    deadline          date          not null,
    submitted_at      timestamptz,
    submitted_by      uuid,
    late              boolean       not null default false,
    review_comment    text,
    reviewed_by       uuid,
    returned_at       timestamptz,
    accepted_at       timestamptz,
    score             numeric(5, 2),
    maturity          numeric(3, 2),
    reminded_at       timestamptz,
    version           bigint        not null default 0,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    constraint assessment_once_per_campaign unique (campaign_id, institution_id)
);
create index assessment_institution_ix on assessment (institution_id, campaign_id);

create table assessment_area_score (
    assessment_id  uuid          not null references assessment (id) on delete cascade,
    area_code      varchar(120)  not null,
    score          numeric(5, 2),
    maturity       numeric(3, 2),
    primary key (assessment_id, area_code)
);

create table assessment_response (
    id               uuid primary key,
    assessment_id    uuid          not null references assessment (id) on delete cascade,
    requirement_id   uuid          not null,
    area_code        varchar(120)  not null,
    position         int           not null,
    result           varchar(20),
    maturity         smallint,
    notes            text,
    justification    text,
    assignee_id      uuid,
    answered_by      uuid,
    answered_at      timestamptz,
    review_state     varchar(20)   not null default 'PENDING',
    review_comment   text,
    override_result  varchar(20),
    override_reason  text,
    reviewed_by      uuid,
    reviewed_at      timestamptz,
    version          bigint        not null default 0,
    constraint assessment_response_once unique (assessment_id, requirement_id),
    constraint assessment_response_maturity check (maturity between 0 and 5)
);
create index assessment_response_position_ix on assessment_response (assessment_id, position);

-- Evidence files belong to an institution and are reused across its responses; the bytes live in
-- the file store under their SHA-256.
create table evidence_file (
    id              uuid primary key,
    institution_id  uuid          not null references institution (id),
    sha256          char(64)      not null,
    filename        varchar(200)  not null,
    media_type      varchar(120)  not null,
    size_bytes      bigint        not null,
    uploaded_by     uuid          not null,
    uploaded_at     timestamptz   not null default now(),
    constraint evidence_file_once unique (institution_id, sha256)
);

create table response_evidence (
    id                uuid primary key,
    response_id       uuid          not null references assessment_response (id) on delete cascade,
    evidence_file_id  uuid references evidence_file (id),
    url               varchar(2000),
    title             varchar(200)  not null,
    added_by          uuid          not null,
    added_at          timestamptz   not null default now(),
    constraint response_evidence_file_or_link check ((evidence_file_id is null) <> (url is null))
);
create index response_evidence_response_ix on response_evidence (response_id);

create table remediation_action (
    id                  uuid primary key,
    institution_id      uuid          not null references institution (id),
    assessment_id       uuid          not null references assessment (id),
    response_id         uuid          not null references assessment_response (id),
    title               varchar(300)  not null,
    description         text,
    owner_id            uuid,
    due_date            date          not null,
    priority            varchar(10)   not null,
    status              varchar(20)   not null,
    closure_note        text,
    closure_evidence_id uuid references evidence_file (id),
    verified_by         uuid,
    verified_at         timestamptz,
    reopen_reason       text,
    reminded_due_at     timestamptz,
    reminded_overdue_at timestamptz,
    created_by          uuid          not null,
    version             bigint        not null default 0,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    constraint remediation_action_once unique (response_id)
);
create index remediation_action_institution_ix on remediation_action (institution_id, status, due_date);
