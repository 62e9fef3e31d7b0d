-- Setting up a PostgreSQL server for Mediation Ledger (issue 18; README "服务器数据库"). Run as the server's
-- administrator (psql -U postgres -f server-setup.sql), after changing the two passwords below.
--
-- Two roles: ledger_owner owns the tables (the program, connecting as it, creates and upgrades them: the first open and
-- each new version); ledger_clerk is what the office PCs use day to day and may only read and write rows.

create role ledger_owner login password 'CHANGE-ME-owner';
create role ledger_clerk login password 'CHANGE-ME-clerk';
create database ledger owner ledger_owner encoding 'UTF8' template template0;

\connect ledger
revoke all on schema public from public;
grant usage on schema public to ledger_clerk;
-- tables and sequences the owner creates from now on (the first open, later upgrades) are usable by the clerks
alter default privileges for role ledger_owner in schema public
    grant select, insert, update, delete on tables to ledger_clerk;
alter default privileges for role ledger_owner in schema public
    grant usage, select on sequences to ledger_clerk;

-- Then, once, as the owner (creates the tables):
--   mediation-ledger --db postgresql://ledger_owner@SERVER:5432/ledger?sslmode=verify-full demo        (a trial), or
--   mediation-ledger --db C:\...\ledger.mv.db migrate-to postgresql://ledger_owner@SERVER:5432/ledger?sslmode=verify-full
-- and day to day, on every PC:
--   mediation-ledger --db postgresql://ledger_clerk@SERVER:5432/ledger?sslmode=verify-full
--
-- In pg_hba.conf allow only the office network, with passwords (scram-sha-256) over TLS, e.g.
--   hostssl ledger ledger_owner,ledger_clerk 10.0.0.0/8 scram-sha-256
