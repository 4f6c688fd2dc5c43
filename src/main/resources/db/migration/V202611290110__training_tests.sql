-- Knowledge tests before and after a session, from a bilingual question bank per programme module, and
-- the participants' reaction survey at the end.
create table training_question (
    id            uuid primary key,
    programme_id  uuid          not null references training_programme (id) on delete cascade,
    module_code   varchar(40)   not null,
    text_sw       text          not null,
    text_en       text          not null,
    options_sw    text[]        not null,
    options_en    text[]        not null,
    correct       int           not null,
    active        boolean       not null default true,
    created_at    timestamptz   not null default now(),
    constraint training_question_options check (cardinality(options_sw) between 2 and 6
        and cardinality(options_en) = cardinality(options_sw) and correct between 1 and cardinality(options_sw))
);
create index training_question_programme_ix on training_question (programme_id, module_code);

create table training_test (
    session_id  uuid          not null references training_session (id),
    kind        varchar(4)    not null,
    status      varchar(10)   not null,
    opened_at   timestamptz   not null default now(),
    closed_at   timestamptz,
    primary key (session_id, kind)
);

-- One sitting of a test by a participant: the answers as given, and the score per module.
create table training_test_result (
    participant_id  uuid          not null references training_participant (id) on delete cascade,
    kind            varchar(4)    not null,
    answers         jsonb         not null,
    correct         int           not null,
    total           int           not null,
    on_paper        boolean       not null,
    taken_at        timestamptz   not null default now(),
    primary key (participant_id, kind)
);
create table training_test_module (
    participant_id  uuid          not null,
    kind            varchar(4)    not null,
    module_code     varchar(40)   not null,
    correct         int           not null,
    total           int           not null,
    primary key (participant_id, kind, module_code),
    foreign key (participant_id, kind) references training_test_result (participant_id, kind) on delete cascade
);

create table training_survey (
    participant_id  uuid primary key references training_participant (id) on delete cascade,
    relevance       int           not null,
    quality         int           not null,
    trainer         int           not null,
    venue           int           not null,
    comments        text,
    answered_at     timestamptz   not null default now(),
    constraint training_survey_scale check (relevance between 1 and 5 and quality between 1 and 5 and trainer between 1 and 5
        and venue between 1 and 5)
);
