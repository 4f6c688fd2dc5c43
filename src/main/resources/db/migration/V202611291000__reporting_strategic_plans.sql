-- Strategic plans the authority reports progress against: objectives, targets with an indicator
-- (entered by hand with evidence, or computed from a measure a module offers), yearly targets by
-- fiscal year (July–June, named by the year it starts: 2021 is FY 2021/22).
create table strategic_plan (
    id                uuid primary key,
    kind              varchar(30)   not null,
    title_sw          varchar(300)  not null,
    title_en          varchar(300)  not null,
    first_year        int           not null,
    last_year         int           not null,
    on_track_percent  int           not null default 90,
    at_risk_percent   int           not null default 70,
    version           bigint        not null default 0,
    created_at        timestamptz   not null default now(),
    constraint strategic_plan_years check (first_year between 2000 and 2100 and last_year >= first_year
        and last_year - first_year < 10),
    constraint strategic_plan_thresholds check (at_risk_percent > 0 and at_risk_percent < on_track_percent
        and on_track_percent <= 100)
);

create table plan_objective (
    id        uuid primary key,
    plan_id   uuid          not null references strategic_plan (id) on delete cascade,
    code      varchar(20)   not null,
    title_sw  varchar(500)  not null,
    title_en  varchar(500)  not null,
    position  int           not null,
    constraint plan_objective_code unique (plan_id, code)
);

create table plan_target (
    id             uuid primary key,
    objective_id   uuid           not null references plan_objective (id) on delete cascade,
    code           varchar(20)    not null,
    title_sw       varchar(500)   not null,
    title_en       varchar(500)   not null,
    indicator_sw   varchar(300)   not null,
    indicator_en   varchar(300)   not null,
    unit           varchar(10)    not null,
    direction      varchar(20)    not null,
    measure_code   varchar(80),
    baseline       numeric(14, 2),
    baseline_year  int,
    owner          varchar(200)   not null,
    position       int            not null,
    version        bigint         not null default 0,
    constraint plan_target_code unique (objective_id, code)
);

create table plan_target_year (
    target_id    uuid           not null references plan_target (id) on delete cascade,
    fiscal_year  int            not null,
    target       numeric(14, 2) not null,
    primary key (target_id, fiscal_year)
);

-- Values of indicators entered by hand, one per target and fiscal year, each with its evidence.
create table plan_manual_value (
    target_id    uuid           not null references plan_target (id) on delete cascade,
    fiscal_year  int            not null,
    value        numeric(14, 2) not null,
    evidence     text           not null,
    recorded_by  uuid           not null,
    recorded_at  timestamptz    not null default now(),
    primary key (target_id, fiscal_year)
);
