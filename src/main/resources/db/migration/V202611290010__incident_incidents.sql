-- Security incidents reported by institutions and handled by the authority's analysts, with reporting
-- clocks, indicators shared across incidents, and escalation to a partner (the national CERT).

-- The reference taxonomy (default: the ENISA / TF-CSIRT reference security incident taxonomy); editable.
create table incident_taxonomy (
    class_code   varchar(60)   not null,
    type_code    varchar(60)   not null,
    label_en     varchar(200)  not null,
    label_sw     varchar(200)  not null,
    position     int           not null,
    active       boolean       not null default true,
    primary key (class_code, type_code)
);

create sequence incident_reference_seq;

create table incident (
    id                uuid primary key,
    reference         varchar(30)   not null unique,
    institution_id    uuid          not null references institution (id),
    reported_by       uuid          not null,
    on_behalf         boolean       not null default false,
    title             varchar(300)  not null,
    description       text          not null,
    detected_at       timestamptz   not null,
    started_at        timestamptz,
    class_code        varchar(60)   not null,
    type_code         varchar(60)   not null,
    severity          varchar(10)   not null,
    tlp               varchar(15)   not null,
    services_down     text,
    users_affected    int,
    records_affected  bigint,
    status            varchar(15)   not null,
    assignee          uuid,
    related_to        uuid references incident (id),
    root_cause        text,
    lessons_learned   text,
    escalated_to      uuid references institution (id),
    escalated_at      timestamptz,
    triaged_at        timestamptz,
    contained_at      timestamptz,
    eradicated_at     timestamptz,
    recovered_at      timestamptz,
    closed_at         timestamptz,
    version           bigint        not null default 0,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    constraint incident_started check (started_at is null or started_at <= detected_at),
    constraint incident_counts check (coalesce(users_affected, 0) >= 0 and coalesce(records_affected, 0) >= 0)
);
create index incident_institution_ix on incident (institution_id, created_at desc);
create index incident_status_ix on incident (status, created_at desc);
create index incident_detected_ix on incident (detected_at);
create index incident_escalated_ix on incident (escalated_to) where escalated_to is not null;

create table incident_system (
    incident_id  uuid not null references incident (id) on delete cascade,
    system_id    uuid not null,
    primary key (incident_id, system_id)
);
create index incident_system_ix on incident_system (system_id);

-- For TLP:RED and TLP:AMBER+STRICT incidents: the only people inside the institution who may see them.
create table incident_access (
    incident_id  uuid not null references incident (id) on delete cascade,
    user_id      uuid not null,
    primary key (incident_id, user_id)
);

create table incident_file (
    id            uuid primary key,
    incident_id   uuid          not null references incident (id) on delete cascade,
    sha256        char(64)      not null,
    filename      varchar(255)  not null,
    media_type    varchar(150)  not null,
    size_bytes    bigint        not null,
    uploaded_by   uuid          not null,
    uploaded_at   timestamptz   not null default now()
);

create table incident_task (
    id            uuid primary key,
    incident_id   uuid          not null references incident (id) on delete cascade,
    title         varchar(300)  not null,
    owner_id      uuid,
    due_on        date,
    status        varchar(15)   not null,
    created_at    timestamptz   not null default now(),
    done_at       timestamptz
);
create index incident_task_ix on incident_task (incident_id);

-- Timeline entries, comments and recorded transitions. Internal entries are for the handlers only.
create table incident_entry (
    id            uuid primary key,
    incident_id   uuid          not null references incident (id) on delete cascade,
    kind          varchar(15)   not null,
    body          text          not null,
    internal      boolean       not null default false,
    occurred_at   timestamptz   not null,
    author_id     uuid          not null,
    created_at    timestamptz   not null default now()
);
create index incident_entry_ix on incident_entry (incident_id, occurred_at);

-- Indicators are kept once (kind and normalised value) and linked to every incident that saw them.
create table indicator (
    id            uuid primary key,
    kind          varchar(10)   not null,
    value         varchar(2048) not null,
    first_seen    timestamptz   not null default now(),
    unique (kind, value)
);
create table incident_indicator (
    incident_id   uuid          not null references incident (id) on delete cascade,
    indicator_id  uuid          not null references indicator (id),
    note          varchar(500),
    added_at      timestamptz   not null default now(),
    primary key (incident_id, indicator_id)
);
create index incident_indicator_ix on incident_indicator (indicator_id);

-- Reporting stages (early warning, notification, final report): due times, what was sent, the review.
create table incident_stage (
    incident_id      uuid          not null references incident (id) on delete cascade,
    code             varchar(30)   not null,
    position         int           not null,
    due_at           timestamptz   not null,
    submitted_at     timestamptz,
    submitted_by     uuid,
    report           text,
    review           varchar(20),
    review_comment   text,
    reviewed_at      timestamptz,
    reminded_before  boolean       not null default false,
    reminded_after   boolean       not null default false,
    primary key (incident_id, code)
);
create index incident_stage_due_ix on incident_stage (due_at) where submitted_at is null;

insert into incident_taxonomy (class_code, type_code, label_en, label_sw, position) values
 ('abusive-content', 'spam', 'Abusive content — spam', 'Maudhui ya matusi — barua taka', 10),
 ('abusive-content', 'harmful-speech', 'Abusive content — harmful speech', 'Maudhui ya matusi — kauli za chuki', 11),
 ('malicious-code', 'ransomware', 'Malicious code — ransomware', 'Programu hasidi — ransomware', 20),
 ('malicious-code', 'infected-system', 'Malicious code — infected system', 'Programu hasidi — mfumo ulioambukizwa', 21),
 ('malicious-code', 'malware-distribution', 'Malicious code — malware distribution', 'Programu hasidi — usambazaji wa programu hasidi', 22),
 ('information-gathering', 'scanner', 'Information gathering — scanning', 'Ukusanyaji wa taarifa — uchunguzi wa mtandao', 30),
 ('information-gathering', 'social-engineering', 'Information gathering — social engineering', 'Ukusanyaji wa taarifa — udanganyifu wa kijamii', 31),
 ('intrusion-attempts', 'brute-force', 'Intrusion attempts — login attempts', 'Majaribio ya kuingilia — kujaribu nywila', 40),
 ('intrusion-attempts', 'exploit', 'Intrusion attempts — exploitation of a known vulnerability', 'Majaribio ya kuingilia — kutumia udhaifu unaojulikana', 41),
 ('intrusions', 'privileged-account-compromise', 'Intrusions — privileged account compromise', 'Uingiliaji — akaunti ya mamlaka ya juu kuingiliwa', 50),
 ('intrusions', 'application-compromise', 'Intrusions — application compromise', 'Uingiliaji — programu kuingiliwa', 51),
 ('intrusions', 'system-compromise', 'Intrusions — system compromise', 'Uingiliaji — mfumo kuingiliwa', 52),
 ('availability', 'ddos', 'Availability — denial of service (DDoS)', 'Upatikanaji — shambulio la kuzuia huduma (DDoS)', 60),
 ('availability', 'outage', 'Availability — outage', 'Upatikanaji — kukatika kwa huduma', 61),
 ('availability', 'sabotage', 'Availability — sabotage', 'Upatikanaji — hujuma', 62),
 ('information-content-security', 'unauthorised-information-access', 'Information content security — unauthorised access', 'Usalama wa taarifa — kufikiwa bila idhini', 70),
 ('information-content-security', 'data-leak', 'Information content security — data leak', 'Usalama wa taarifa — kuvuja kwa taarifa', 71),
 ('information-content-security', 'data-loss', 'Information content security — data loss', 'Usalama wa taarifa — kupotea kwa taarifa', 72),
 ('fraud', 'phishing', 'Fraud — phishing', 'Udanganyifu — hadaa (phishing)', 80),
 ('fraud', 'masquerade', 'Fraud — masquerade', 'Udanganyifu — kujifanya mtu mwingine', 81),
 ('fraud', 'unauthorised-use-of-resources', 'Fraud — unauthorised use of resources', 'Udanganyifu — matumizi ya rasilimali bila idhini', 82),
 ('vulnerable', 'vulnerable-system', 'Vulnerable — vulnerable system', 'Udhaifu — mfumo wenye udhaifu', 90),
 ('vulnerable', 'weak-crypto', 'Vulnerable — weak cryptography', 'Udhaifu — usimbaji fiche dhaifu', 91),
 ('other', 'undetermined', 'Other — undetermined', 'Mengineyo — haijabainishwa', 100),
 ('test', 'test', 'Test', 'Jaribio', 110);
