-- Scheduled jobs run once per cluster: ShedLock's lock table (times in the database's clock, UTC).
create table shedlock (
    name        varchar(64)  primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);

-- The monthly briefing sent to executives: one row per month, claimed before sending, so that no month is
-- sent twice however many nodes run the schedule.
create table reporting_briefing (
    month        date         primary key,
    generated_at timestamptz  not null default now(),
    recipients   int          not null default 0,
    constraint reporting_briefing_first_day check (extract(day from month) = 1)
);
