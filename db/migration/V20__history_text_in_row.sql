-- Issue 17 (import speed): a history entry's changes and an exchanged row's values as text kept in the row, not as
-- large objects. H2 keeps a CLOB longer than 256 characters in a separate store, read and written through a stream:
-- an import of 10,000 cases spent a third of its time there. The longest entry written so far is a few thousand
-- characters (an agreement's text); 1,000,000 is H2's longest text and is far beyond any of them. The same statement
-- runs on PostgreSQL.
alter table audit_log alter column changes set data type varchar(1000000);
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
