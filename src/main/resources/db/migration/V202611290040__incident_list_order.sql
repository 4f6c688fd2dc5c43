-- The incident list is newest first: an index in that order lets a page of 50 stop after 50 rows.
create index incident_created_ix on incident (created_at desc, id);
