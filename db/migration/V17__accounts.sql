-- Accounts (issue 15): people log in with a name and a password; what they may do follows their role. A ledger
-- without accounts works as before (one PC, the name in the settings); creating the first administrator turns
-- accounts on, and from then on every change is written under the account that made it.
create table account (
    id               uuid primary key,
    name             varchar(60) not null,           -- the login name, unique
    role             varchar(20) not null,           -- ADMIN | CLERK | MEDIATOR | LEADER | VILLAGE
    unit_id          uuid references unit(id),       -- a village user's own village or community
    staff_id         uuid references staff(id),      -- the person in the staff list (a mediator's cases)
    password_hash    varchar(200) not null,          -- Argon2id with its salt and parameters
    must_change      boolean not null default false, -- set by an administrator's reset
    failed_logins    int not null default 0,
    locked_until     timestamp,
    retired_on       date,                            -- an account no longer used keeps its history
    created_at       timestamp not null,
    updated_at       timestamp not null,
    version          int not null default 1,
    deleted          boolean not null default false
);
create unique index ux_account_name on account(name);

-- history entries name more kinds of work now (LOGIN, LOCK, EXPORT, RESTORE_BACKUP …)
alter table audit_log alter column action set data type varchar(20);
