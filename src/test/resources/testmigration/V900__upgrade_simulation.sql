-- only in tests: stands for a future migration, to check that an existing file is backed up first
create table upgrade_probe (id uuid primary key);
