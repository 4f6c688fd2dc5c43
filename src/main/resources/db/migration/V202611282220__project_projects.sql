-- ICT projects submitted by institutions, reviewed against the e-Government standards, decided with a
-- reference-numbered letter, and followed through implementation reports to go-live and closure.
create table project (
    id                 uuid primary key,
    institution_id     uuid          not null references institution (id),
    title_sw           varchar(300)  not null,
    title_en           varchar(300)  not null,
    objectives         text          not null,
    scope              text,
    benefits           text,
    services           text,
    budget_tzs         numeric(18, 2) not null,
    funding_source     varchar(200)  not null,
    planned_start      date          not null,
    planned_end        date          not null,
    delivery_model     varchar(20)   not null,
    vendor             varchar(200),
    systems            text,
    version_id         uuid          not null,
    status             varchar(30)   not null,
    submission_count   int           not null default 0,
    submitted_at       timestamptz,
    review_due         date,
    decision           varchar(30),
    decision_reasons   text,
    decided_at         timestamptz,
    decided_by         uuid,
    reference          varchar(40),
    go_live_at         date,
    closed_at          timestamptz,
    pir_benefits       text,
    pir_lessons        text,
    report_reminded    varchar(10),
    created_by         uuid          not null,
    version            bigint        not null default 0,
    created_at         timestamptz   not null default now(),
    updated_at         timestamptz   not null default now(),
    constraint project_dates check (planned_end >= planned_start),
    constraint project_budget check (budget_tzs > 0)
);
create index project_institution_ix on project (institution_id, status);
create unique index project_reference_uq on project (reference);
create sequence project_reference_seq;

-- The questionnaire: the version's requirements relevant to projects, frozen when the project is created.
create table project_answer (
    project_id       uuid          not null references project (id) on delete cascade,
    requirement_id   uuid          not null,
    code             varchar(120)  not null,
    title_sw         text,
    title_en         text          not null,
    position         int           not null,
    answer           varchar(30),
    explanation      text,
    review_ok        boolean,
    review_comment   text,
    primary key (project_id, requirement_id)
);

-- Every submission keeps a copy of what was submitted, so that resubmissions can be compared.
create table project_submission (
    project_id    uuid          not null references project (id) on delete cascade,
    number        int           not null,
    submitted_at  timestamptz   not null default now(),
    submitted_by  uuid          not null,
    snapshot      jsonb         not null,
    primary key (project_id, number)
);

create table project_condition (
    id              uuid primary key,
    project_id      uuid          not null references project (id) on delete cascade,
    text            text          not null,
    status          varchar(20)   not null,
    fulfilment      text,
    fulfilled_at    timestamptz,
    verified_at     timestamptz,
    position        int           not null
);

create table project_file (
    id           uuid primary key,
    project_id   uuid          not null references project (id) on delete cascade,
    kind         varchar(20)   not null,
    sha256       char(64)      not null,
    filename     varchar(200)  not null,
    media_type   varchar(120)  not null,
    size_bytes   bigint        not null,
    uploaded_by  uuid          not null,
    uploaded_at  timestamptz   not null default now()
);

create table project_report (
    id               uuid primary key,
    project_id       uuid          not null references project (id) on delete cascade,
    period           varchar(10)   not null,
    percent_complete int           not null,
    rag              varchar(10)   not null,
    rag_reason       text,
    spend_tzs        numeric(18, 2) not null,
    risks            text,
    milestones       jsonb         not null default '[]',
    submitted_by     uuid          not null,
    submitted_at     timestamptz   not null default now(),
    constraint project_report_once unique (project_id, period),
    constraint project_report_percent check (percent_complete between 0 and 100)
);
