-- Foundation schema. Every table: UUID key, created/updated timestamps, a version counter and a
-- soft-delete flag, so that rows made on different PCs can be merged later without clashes.

create table app_setting (
    id          uuid primary key,
    setting_key varchar(100) not null,
    setting_value varchar(4000),
    created_at  timestamp not null,
    updated_at  timestamp not null,
    version     int not null default 1,
    deleted     boolean not null default false,
    constraint uq_app_setting_key unique (setting_key)
);

-- village / residents' committee; the township itself is a setting
create table unit (
    id          uuid primary key,
    name        varchar(100) not null,
    kind        varchar(20) not null,          -- VILLAGE | COMMUNITY
    sort_order  int not null default 0,
    created_at  timestamp not null,
    updated_at  timestamp not null,
    version     int not null default 1,
    deleted     boolean not null default false
);

create table micro_grid (
    id          uuid primary key,
    unit_id     uuid not null references unit(id),
    name        varchar(100) not null,
    sort_order  int not null default 0,
    created_at  timestamp not null,
    updated_at  timestamp not null,
    version     int not null default 1,
    deleted     boolean not null default false
);
create index ix_micro_grid_unit on micro_grid(unit_id);

create table staff (
    id          uuid primary key,
    name        varchar(50) not null,
    role        varchar(20) not null,          -- CLERK | MEDIATOR | LEADER | LEGAL_ADVISER | GRID_WORKER
    unit_id     uuid references unit(id),
    phone       varchar(30),
    created_at  timestamp not null,
    updated_at  timestamp not null,
    version     int not null default 1,
    deleted     boolean not null default false
);

-- dispute types are versioned reference data: each list version keeps its own rows
create table dispute_type_list (
    id          uuid primary key,
    list_version int not null,
    title       varchar(200) not null,
    active      boolean not null default false,
    created_at  timestamp not null,
    updated_at  timestamp not null,
    version     int not null default 1,
    deleted     boolean not null default false,
    constraint uq_dispute_type_list_version unique (list_version)
);

create table dispute_type (
    id          uuid primary key,
    list_id     uuid not null references dispute_type_list(id),
    name        varchar(50) not null,
    sort_order  int not null default 0,
    created_at  timestamp not null,
    updated_at  timestamp not null,
    version     int not null default 1,
    deleted     boolean not null default false
);
create index ix_dispute_type_list on dispute_type(list_id);

-- one row per year; incremented inside the transaction that saves the case, so the row lock
-- serialises two program instances sharing one file (no gap, no duplicate)
create table case_number_counter (
    id          uuid primary key,
    case_year   int not null,
    last_seq    int not null,
    created_at  timestamp not null,
    updated_at  timestamp not null,
    version     int not null default 1,
    deleted     boolean not null default false,
    constraint uq_case_number_counter_year unique (case_year)
);

create table mediation_case (
    id              uuid primary key,
    case_year       int not null,
    case_seq        int not null,
    case_number     varchar(100) not null,
    source          varchar(30) not null,
    dispute_type_id uuid not null references dispute_type(id),
    unit_id         uuid not null references unit(id),
    grid_id         uuid references micro_grid(id),
    summary         varchar(4000) not null,
    requests        varchar(4000),
    people_involved int not null,
    amount_involved decimal(14,2),
    risk_level      varchar(20) not null,
    received_date   date not null,
    mediator_id     uuid references staff(id),
    status          varchar(30) not null,
    created_at      timestamp not null,
    updated_at      timestamp not null,
    version         int not null default 1,
    deleted         boolean not null default false,
    constraint uq_mediation_case_number unique (case_year, case_seq)
);
create index ix_case_received on mediation_case(received_date);
create index ix_case_unit on mediation_case(unit_id);
create index ix_case_status on mediation_case(status);

create table party (
    id          uuid primary key,
    case_id     uuid not null references mediation_case(id),
    role        varchar(20) not null,          -- APPLICANT | RESPONDENT
    sort_order  int not null default 0,
    name        varchar(100) not null,
    gender      varchar(10),
    ethnicity   varchar(30),
    birth_date  date,
    age         int,
    occupation  varchar(100),
    phone       varchar(30),
    address     varchar(300),
    id_number   varchar(18),
    created_at  timestamp not null,
    updated_at  timestamp not null,
    version     int not null default 1,
    deleted     boolean not null default false
);
create index ix_party_case on party(case_id);
create index ix_party_name on party(name);

-- append-only: the program inserts here and never updates or deletes
create table audit_log (
    id          uuid primary key,
    seq         bigint generated always as identity,   -- keeps the order of entries written in one instant
    user_name   varchar(100) not null,
    table_name  varchar(64) not null,
    row_id      uuid not null,
    action      varchar(10) not null,          -- INSERT | UPDATE | DELETE
    changes     clob,
    created_at  timestamp not null,
    updated_at  timestamp not null,
    version     int not null default 1,
    deleted     boolean not null default false
);
create index ix_audit_row on audit_log(row_id);
