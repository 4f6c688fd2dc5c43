-- Remediation actions the authority opened for the institution from a follow-up visit's findings.
create table training_visit_action (
    visit_id      uuid          not null references training_visit (id),
    action_id     uuid          not null,
    action_title  varchar(300)  not null,
    created_at    timestamptz   not null default now(),
    primary key (visit_id, action_id)
);
