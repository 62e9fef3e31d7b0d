-- The status bar and the dashboard count the cases still in hand on every refresh: status and deleted in one index.
create index ix_case_status_deleted on mediation_case(status, deleted);
