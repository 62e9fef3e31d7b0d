-- The history sealed as a chain (issue 15): each entry keeps the hash of the entry before it and its own hash over
-- its content and that one, so an entry changed, deleted or slipped in afterwards breaks the chain where it happened.
-- The head of the chain is kept in audit_chain (one row) and, outside the file, beside it and in the backups folder.
-- Entries written before this version are sealed in their order when the program first opens the upgraded file.
alter table audit_log add column prev_hash varchar(64);
alter table audit_log add column hash varchar(64);
create unique index ux_audit_seq on audit_log(seq);

create table audit_chain (
    id          uuid primary key,       -- always the same: the one head of the chain
    head_seq    bigint not null,        -- the newest entry sealed (0 for none)
    head_hash   varchar(64) not null,
    sealed_at   timestamp not null,     -- when the entries of older versions were sealed
    created_at  timestamp not null,
    updated_at  timestamp not null,
    version     int not null default 1,
    deleted     boolean not null default false
);
