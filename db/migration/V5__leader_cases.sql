-- Leader-assigned cases (领导包案): one problem, one leader, one team, one plan, one deadline; extensions and
-- supervision entries (督办).

create table leader_assignment (
    id                   uuid primary key,
    case_id              uuid references mediation_case(id),
    finding_id           uuid references finding(id),
    leader_id            uuid not null references staff(id),
    responsible_unit_id  uuid references unit(id),
    responsible_person   varchar(100),
    team                 varchar(500),
    plan                 varchar(4000) not null,
    assigned_date        date not null,
    deadline             date not null,
    status               varchar(20) not null,      -- ACTIVE | CLOSED
    outcome              varchar(30),
    satisfaction         varchar(20),
    closed_date          date,
    created_at           timestamp not null,
    updated_at           timestamp not null,
    version              int not null default 1,
    deleted              boolean not null default false,
    constraint ck_assignment_subject check ((case_id is null) <> (finding_id is null))
);
create index ix_assignment_leader on leader_assignment(leader_id);
create index ix_assignment_case on leader_assignment(case_id);
create index ix_assignment_finding on leader_assignment(finding_id);

create table assignment_extension (
    id              uuid primary key,
    assignment_id   uuid not null references leader_assignment(id),
    requested_date  date not null,
    days            int not null,
    reason          varchar(2000) not null,
    decision        varchar(20) not null,          -- APPROVED | REFUSED
    decided_by      uuid references staff(id),
    decided_date    date,
    created_at      timestamp not null,
    updated_at      timestamp not null,
    version         int not null default 1,
    deleted         boolean not null default false
);
create index ix_assignment_extension on assignment_extension(assignment_id);

create table supervision_entry (
    id              uuid primary key,
    assignment_id   uuid not null references leader_assignment(id),
    entry_date      date not null,
    supervisor_id   uuid references staff(id),
    instruction     varchar(2000) not null,
    progress        varchar(2000),
    next_check_date date,
    created_at      timestamp not null,
    updated_at      timestamp not null,
    version         int not null default 1,
    deleted         boolean not null default false
);
create index ix_supervision_assignment on supervision_entry(assignment_id);
