-- An action may come from something other than an assessment gap: a finding of the authority's follow-up
-- visit after training. Such an action names its source in a note and has no assessment or response.
alter table remediation_action alter column assessment_id drop not null;
alter table remediation_action alter column response_id drop not null;
alter table remediation_action add column source varchar(20) not null default 'ASSESSMENT';
alter table remediation_action add column source_note varchar(500);
alter table remediation_action add constraint remediation_action_source check (
    (source = 'ASSESSMENT' and assessment_id is not null and response_id is not null)
    or (source = 'FOLLOW_UP_VISIT' and assessment_id is null and response_id is null and source_note is not null));
