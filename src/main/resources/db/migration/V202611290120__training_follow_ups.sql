-- Months after a session, the authority asks each trained institution whether it applies what was taught
-- and whether its challenges are solved; it also records its own follow-up visits.
alter table training_programme add column follow_up_months int[] not null default '{3,6}';
-- One choice a line, "MODULE | English | Kiswahili" for practices and "English | Kiswahili" for challenges.
alter table training_programme add column practices text;
alter table training_programme add column challenges text;

create table training_follow_up (
    id              uuid primary key,
    session_id      uuid          not null references training_session (id),
    institution_id  uuid          not null references institution (id),
    months          int           not null,
    due_on          date          not null,
    status          varchar(10)   not null,
    notified_on     date,
    answers         jsonb,
    answered_at     timestamptz,
    answered_by     uuid,
    unique (session_id, institution_id, months)
);
create index training_follow_up_due_ix on training_follow_up (due_on) where status = 'DUE';

create table training_visit (
    id              uuid primary key,
    programme_id    uuid          not null references training_programme (id),
    institution_id  uuid          not null references institution (id),
    visited_on      date          not null,
    visitors        varchar(500)  not null,
    findings        text          not null,
    rating          int           not null,
    recorded_by     uuid          not null,
    created_at      timestamptz   not null default now(),
    constraint training_visit_rating check (rating between 1 and 5)
);
