-- Disaster-recovery plans per system (mandatory for critical systems) and the drills that test them.
create table dr_plan (
    id               uuid primary key,
    institution_id   uuid          not null references institution (id),
    system_id        uuid          not null unique,
    owner            varchar(200)  not null,
    strategy         varchar(30)   not null,
    strategy_notes   text,
    rto_minutes      int           not null,
    rpo_minutes      int           not null,
    last_reviewed    date          not null,
    next_review_due  date          not null,
    document_sha256  char(64),
    document_name    varchar(255),
    document_type    varchar(150),
    document_size    bigint,
    version          bigint        not null default 0,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    constraint dr_plan_targets check (rto_minutes between 0 and 525600 and rpo_minutes between 0 and 525600),
    constraint dr_plan_review check (next_review_due >= last_reviewed)
);
create index dr_plan_institution_ix on dr_plan (institution_id);

create table dr_drill (
    id                     uuid primary key,
    plan_id                uuid          not null references dr_plan (id),
    institution_id         uuid          not null references institution (id),
    system_id              uuid          not null,
    held_on                date          not null,
    scenario               varchar(30)   not null,
    participants           text          not null,
    steps                  text,
    achieved_rto_minutes   int           not null,
    achieved_rpo_minutes   int           not null,
    rto_target             int           not null,
    rpo_target             int           not null,
    passed                 boolean       not null,
    notes                  text,
    recorded_by            uuid          not null,
    created_at             timestamptz   not null default now(),
    constraint dr_drill_achieved check (achieved_rto_minutes >= 0 and achieved_rpo_minutes >= 0)
);
create index dr_drill_plan_ix on dr_drill (plan_id, held_on desc);
create index dr_drill_institution_ix on dr_drill (institution_id, held_on desc);

-- Issues a drill found, each an action with an owner and a due date, followed to closure.
create table dr_drill_action (
    id              uuid primary key,
    drill_id        uuid          not null references dr_drill (id) on delete cascade,
    institution_id  uuid          not null,
    description     text          not null,
    owner           varchar(200)  not null,
    due_on          date          not null,
    status          varchar(10)   not null,
    done_at         timestamptz
);
create index dr_drill_action_ix on dr_drill_action (drill_id);
