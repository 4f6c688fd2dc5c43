-- What identifies the event an audit entry records, apart from its place in the chain: an event
-- delivered a second time (its node died between recording it and marking its publication complete)
-- is recognised and not recorded twice. Entries written before this column have none.
alter table audit_entry add column event_fingerprint char(64);
create unique index audit_entry_event_fingerprint_ux on audit_entry (event_fingerprint) where event_fingerprint is not null;
