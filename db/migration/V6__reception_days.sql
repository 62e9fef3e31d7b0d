-- Leader reception days (领导接访日) and the matters visitors bring; petition matters carry the deadlines of the
-- 2022 petition regulation (信访工作条例).

create table reception_day (
    id              uuid primary key,
    reception_date  date not null,
    leader_id       uuid not null references staff(id),
    place           varchar(200),
    created_at      timestamp not null,
    updated_at      timestamp not null,
    version         int not null default 1,
    deleted         boolean not null default false
);
create index ix_reception_day_date on reception_day(reception_date);

create table reception_matter (
    id                      uuid primary key,
    day_id                  uuid not null references reception_day(id),
    sort_order              int not null default 0,
    visitor_name            varchar(100) not null,
    visitor_phone           varchar(30),
    people                  int not null default 1,
    matter                  varchar(2000) not null,
    handling                varchar(20) not null,      -- ANSWERED | CASE_OPENED | PETITION
    answer                  varchar(2000),
    accepted_date           date,
    routed_date             date,
    replied_date            date,
    extension_days          int,
    extension_reason        varchar(2000),
    review_requested_date   date,
    review_answered_date    date,
    created_at              timestamp not null,
    updated_at              timestamp not null,
    version                 int not null default 1,
    deleted                 boolean not null default false
);
create index ix_reception_matter_day on reception_matter(day_id);
