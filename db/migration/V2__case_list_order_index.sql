-- The case list shows the newest cases first: with this index the first page of an unfiltered list is read
-- from the index instead of sorting the whole register (measured by RegisterSearchBenchmark).
create index ix_case_list_order on mediation_case(received_date desc, case_year desc, case_seq desc);
