-- Offline villages (issue 17, decision 0012): each people's mediation committee numbers its own cases, and a ledger
-- knows the other ledgers it exchanges files with, what both last agreed on for each row, what it sent, and the
-- conflicts a person still has to decide.

-- the committee whose series a case number belongs to: '' for the township's committee (every case so far), else
-- the village / community unit's id. A village PC numbers for its own committee only, so offline numbers never collide.
alter table mediation_case add column committee varchar(36) not null default '';
alter table mediation_case drop constraint uq_mediation_case_number;
alter table mediation_case add constraint uq_mediation_case_number unique (committee, case_year, case_seq);
alter table case_number_counter add column committee varchar(36) not null default '';
alter table case_number_counter drop constraint uq_case_number_counter_year;
alter table case_number_counter add constraint uq_case_number_counter_year unique (committee, case_year);

-- this ledger and the ledgers it exchanges with: the township's ledger (TOWNSHIP) and village ledgers (VILLAGE, with
-- their unit); exactly one row is this ledger itself (is_self)
create table exchange_node (
    id                 uuid primary key,
    kind               varchar(10) not null,           -- TOWNSHIP | VILLAGE
    name               varchar(100) not null,
    unit_id            uuid references unit(id),       -- a village ledger's unit
    is_self            boolean not null default false,
    exchange_key       varchar(100),                   -- the 256-bit key shared with this peer (Base64); null for self
    township_id        uuid not null,                  -- the township all these ledgers belong to
    last_sent_seq      bigint not null default 0,      -- the last package written for this peer
    last_received_seq  bigint not null default 0,      -- the last package read from this peer (older ones are skipped)
    last_exchange_at   timestamp,
    created_at         timestamp not null,
    updated_at         timestamp not null,
    version            int not null default 1,
    deleted            boolean not null default false
);

-- per peer and row: the row as both ledgers last agreed (the base of the three-way merge); sealed columns (ID
-- numbers, phones, addresses) as keyed hashes, never readable
create table exchange_base (
    id          uuid primary key,
    peer_id     uuid not null references exchange_node(id),
    table_name  varchar(64) not null,
    row_id      uuid not null,
    row_version int not null,                          -- the local version both agree on; -1: this side has more
    row_values  clob not null,                         -- JSON: column -> text
    created_at  timestamp not null,
    updated_at  timestamp not null,
    version     int not null default 1,
    deleted     boolean not null default false,
    constraint uq_exchange_base_row unique (peer_id, table_name, row_id)
);

-- rows as sent in each package not yet acknowledged: when the peer acknowledges a package, they become the base
create table exchange_sent (
    id          uuid primary key,
    peer_id     uuid not null references exchange_node(id),
    seq         bigint not null,
    table_name  varchar(64) not null,
    row_id      uuid not null,
    row_version int not null,
    row_values  clob not null,
    created_at  timestamp not null,
    updated_at  timestamp not null,
    version     int not null default 1,
    deleted     boolean not null default false,
    constraint uq_exchange_sent_row unique (peer_id, seq, table_name, row_id)
);

-- a field changed differently on both sides, or an edit against a delete: the row keeps this ledger's value until a
-- person chooses; the peer's value waits here (sealed like the row's own when it is a personal number)
create table exchange_conflict (
    id            uuid primary key,
    peer_id       uuid not null references exchange_node(id),
    table_name    varchar(64) not null,
    row_id        uuid not null,
    field         varchar(64) not null,
    mine          varchar(4000),
    theirs        varchar(4000),
    theirs_version int not null,
    resolved_at   timestamp,
    resolved_by   varchar(100),
    resolution    varchar(10),                         -- MINE | THEIRS
    created_at    timestamp not null,
    updated_at    timestamp not null,
    version       int not null default 1,
    deleted       boolean not null default false
);
create index ix_exchange_conflict_open on exchange_conflict(resolved_at, table_name, row_id);
