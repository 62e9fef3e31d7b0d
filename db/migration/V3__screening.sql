-- Weekly dispute screening (矛盾纠纷排查): rounds, their screeners and findings, sensitive periods.

create table screening_round (
    id              uuid primary key,
    round_date      date not null,
    unit_id         uuid not null references unit(id),
    grid_id         uuid references micro_grid(id),
    kind            varchar(20) not null,          -- ROUTINE | CONCENTRATED | CONTINUOUS
    lead_screener_id uuid references staff(id),
    notes           varchar(2000),
    created_at      timestamp not null,
    updated_at      timestamp not null,
    version         int not null default 1,
    deleted         boolean not null default false
);
create index ix_round_date_unit on screening_round(round_date, unit_id);

create table screening_round_screener (
    id          uuid primary key,
    round_id    uuid not null references screening_round(id),
    staff_id    uuid not null references staff(id),
    created_at  timestamp not null,
    updated_at  timestamp not null,
    version     int not null default 1,
    deleted     boolean not null default false
);
create index ix_round_screener_round on screening_round_screener(round_id);

create table finding (
    id              uuid primary key,
    round_id        uuid not null references screening_round(id),
    sort_order      int not null default 0,
    summary         varchar(2000) not null,
    dispute_type_id uuid not null references dispute_type(id),
    people_involved int,
    amount_involved decimal(14,2),
    risk_level      varchar(20) not null,
    measures        varchar(2000),
    status          varchar(20) not null,          -- MONITORING | RESOLVING | RESOLVED | BECAME_CASE
    case_id         uuid references mediation_case(id),
    created_at      timestamp not null,
    updated_at      timestamp not null,
    version         int not null default 1,
    deleted         boolean not null default false
);
create index ix_finding_round on finding(round_id);
create index ix_finding_case on finding(case_id);

create table finding_party (
    id          uuid primary key,
    finding_id  uuid not null references finding(id),
    sort_order  int not null default 0,
    name        varchar(100) not null,
    phone       varchar(30),
    created_at  timestamp not null,
    updated_at  timestamp not null,
    version     int not null default 1,
    deleted     boolean not null default false
);
create index ix_finding_party_finding on finding_party(finding_id);

create table sensitive_period (
    id              uuid primary key,
    name            varchar(100) not null,
    start_date      date not null,
    end_date        date not null,
    rounds_per_day  int not null default 1,
    created_at      timestamp not null,
    updated_at      timestamp not null,
    version         int not null default 1,
    deleted         boolean not null default false,
    constraint ck_sensitive_period_dates check (end_date >= start_date)
);
