-- Issue 17 (import speed): an exchanged row's values as text kept in the row, not as a large object. H2 keeps a CLOB
-- longer than 256 characters in a separate store, read and written through a stream, and an import of 10,000 cases
-- spent a good part of its time there. 1,000,000 is H2's longest text, far beyond any row's values. The history's
-- changes stay a CLOB: converting them copies the whole history, which took more than 12 minutes (and 2 GB) on a
-- county-scale file; the history is written once per row and read rarely. The same statements run on PostgreSQL.
alter table exchange_base alter column row_values set data type varchar(1000000);
alter table exchange_sent alter column row_values set data type varchar(1000000);

-- Numbers for history entries and summary rows taken many at a time, not 32: H2 writes a sequence's reserve to the
-- file with a commit of its own each time it runs out (with WRITE_DELAY=0, every page the open transaction changed so
-- far goes with it), and an import of 10,000 cases (30,000 history entries, 10,000 summary rows) waited on 1,300 of
-- them. A crash leaves at most one reserve unused: a gap in these numbers, which only order rows (the history's chain
-- is held together by its hashes, not by gapless numbers; a summary key has room for 4 billion per day). The same
-- statements run on PostgreSQL.
alter table audit_log alter column seq set cache 100000;
alter sequence case_fact_seq cache 10000;
alter sequence round_fact_seq cache 10000;
