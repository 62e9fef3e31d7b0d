-- The mediation path of a case: attempts at each level, escalations, the agreement, performance, follow-up
-- visits and deadline extensions; prevention counts on the case.

alter table mediation_case add column current_level varchar(20);
alter table mediation_case add column referred_to varchar(200);
alter table mediation_case add column prevented_suicide int;
alter table mediation_case add column prevented_criminal int;
alter table mediation_case add column stopped_fight int;
alter table mediation_case add column stopped_petition int;

create table mediation_attempt (
    id                  uuid primary key,
    case_id             uuid not null references mediation_case(id),
    level               varchar(20) not null,
    kind                varchar(30) not null,
    attempt_date        date not null,
    place               varchar(200),
    other_participants  varchar(500),
    applicant_statement varchar(4000),
    respondent_statement varchar(4000),
    facts               varchar(4000),
    result              varchar(20) not null,
    notes               varchar(2000),
    created_at          timestamp not null,
    updated_at          timestamp not null,
    version             int not null default 1,
    deleted             boolean not null default false
);
create index ix_attempt_case on mediation_attempt(case_id);

create table attempt_mediator (
    id          uuid primary key,
    attempt_id  uuid not null references mediation_attempt(id),
    staff_id    uuid not null references staff(id),
    created_at  timestamp not null,
    updated_at  timestamp not null,
    version     int not null default 1,
    deleted     boolean not null default false
);
create index ix_attempt_mediator_attempt on attempt_mediator(attempt_id);

create table escalation (
    id              uuid primary key,
    case_id         uuid not null references mediation_case(id),
    escalation_date date not null,
    from_level      varchar(20),
    to_level        varchar(20),
    out_to          varchar(200),
    reason          varchar(2000) not null,
    created_at      timestamp not null,
    updated_at      timestamp not null,
    version         int not null default 1,
    deleted         boolean not null default false
);
create index ix_escalation_case on escalation(case_id);

create table agreement (
    id                          uuid primary key,
    case_id                     uuid not null references mediation_case(id),
    written                     boolean not null,
    reached_date                date not null,
    facts_and_responsibilities  varchar(4000),
    terms                       varchar(4000) not null,
    amount                      decimal(14,2),
    performance_manner          varchar(500),
    performance_deadline        date,
    parties_signed_date         date,
    mediator_signed_date        date,
    sealed_date                 date,
    confirmation_applied_date   date,
    court_decision              varchar(500),
    court_decision_date         date,
    created_at                  timestamp not null,
    updated_at                  timestamp not null,
    version                     int not null default 1,
    deleted                     boolean not null default false
);
create index ix_agreement_case on agreement(case_id);

create table performance_record (
    id          uuid primary key,
    case_id     uuid not null references mediation_case(id),
    status      varchar(20) not null,
    record_date date not null,
    notes       varchar(2000),
    created_at  timestamp not null,
    updated_at  timestamp not null,
    version     int not null default 1,
    deleted     boolean not null default false
);
create index ix_performance_case on performance_record(case_id);

create table follow_up (
    id                uuid primary key,
    case_id           uuid not null references mediation_case(id),
    visit_date        date not null,
    visitor_id        uuid references staff(id),
    satisfaction      varchar(20) not null,
    dispute_returned  boolean not null default false,
    went_to_court     boolean not null default false,
    notes             varchar(2000),
    created_at        timestamp not null,
    updated_at        timestamp not null,
    version           int not null default 1,
    deleted           boolean not null default false
);
create index ix_follow_up_case on follow_up(case_id);

create table case_extension (
    id              uuid primary key,
    case_id         uuid not null references mediation_case(id),
    extension_date  date not null,
    days            int not null,
    reason          varchar(2000) not null,
    parties_consent boolean not null,
    created_at      timestamp not null,
    updated_at      timestamp not null,
    version         int not null default 1,
    deleted         boolean not null default false
);
create index ix_extension_case on case_extension(case_id);
