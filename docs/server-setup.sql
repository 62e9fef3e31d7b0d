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

-- A COUNTY DATABASE (several townships; decision 0014). Each township's ledger is a schema of its own, named in the
-- address: postgresql://…/county?schema=dongshan. Townships share nothing but the server: their own committees,
-- numbers, settings, history. As the administrator, once:
--   create database county owner ledger_owner encoding 'UTF8' template template0;
--   \connect county
--   create role ledger_county login password 'CHANGE-ME';   -- the county's reader: every township's figures, no writes
-- then per township (here 东山镇 as dongshan):
--   create role dongshan_owner login password 'CHANGE-ME';
--   create role dongshan_clerk login password 'CHANGE-ME';
--   create schema dongshan authorization dongshan_owner;
--   grant usage on schema dongshan to dongshan_clerk, ledger_county;
--   alter default privileges for role dongshan_owner in schema dongshan
--       grant select, insert, update, delete on tables to dongshan_clerk;
--   alter default privileges for role dongshan_owner in schema dongshan grant usage, select on sequences to dongshan_clerk;
--   alter default privileges for role dongshan_owner in schema dongshan grant select on tables to ledger_county;
-- Moving the township in (as its owner; the schema must hold no ledger yet):
--   mediation-ledger --db D:\东山镇\ledger.mv.db migrate-to "postgresql://dongshan_owner@SERVER:5432/county?schema=dongshan"
-- The township's clerks then use --db "postgresql://dongshan_clerk@SERVER:5432/county?schema=dongshan" (one township's
-- clerk cannot read another's schema); the county reads every township's figures and their sum with
--   mediation-ledger --db postgresql://ledger_county@SERVER:5432/county county --from 2026-01-01 --to 2026-12-31
