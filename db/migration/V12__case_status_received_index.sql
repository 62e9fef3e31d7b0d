-- "My work" looks for cases still in mediation that were received early enough to be due: status and date in one index.
create index ix_case_status_received on mediation_case(status, received_date);
