-- A marker, not a change of structure: files whose schema is older than V13 were written by H2 2.3.232, whose
-- compaction bug (H2 #4247) could damage them. On their first open by this program they are rebuilt cleanly
-- (LedgerFiles.rebuild: export, load into a new file, compare the rows of every table, keep the old file in backups/)
-- before this migration runs; files made from V13 on were written by H2 2.4 from the start.
COMMENT ON TABLE mediation_case IS 'People''s mediation cases (人民调解案件). Storage: H2 2.4 or later.';
