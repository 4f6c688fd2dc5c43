-- A programme may require a post-test score (percent) for a certificate, beside the attendance threshold.
alter table training_programme add column certificate_pass_mark int;
alter table training_programme add constraint training_programme_pass_mark check (certificate_pass_mark between 0 and 100);
