-- PostgreSQL twin of db/h2/V9 (decision 0013): the same table, keys and indexes. H2's datediff(day, …), "next value
-- for" and "add column … before" are written as PostgreSQL says them (date subtraction, nextval, the column listed
-- first in a new table).
create sequence case_fact_seq;
create table case_fact2 (
    fact_key         bigint not null,
    case_id          uuid not null,
    unit_id          uuid not null,
    grid_id          uuid,
    dispute_type_id  uuid not null,
    source           varchar(30) not null,
    received_date    date not null,
    deleted          boolean not null,
    is_open          boolean not null,
    res_level        int,
    at_village       boolean not null,
    at_township      boolean not null,
    at_judicial      boolean not null,
    agreed           boolean not null,
    amount           decimal(16,2),
    performed        boolean not null,
    prevented_suicide  int,
    prevented_criminal int,
    stopped_fight      int,
    stopped_petition   int
);
insert into case_fact2 select (received_date - date '1970-01-01')::bigint * 4294967296 + nextval('case_fact_seq'), *
    from case_fact;
drop table case_fact;
alter table case_fact2 rename to case_fact;
alter table case_fact add constraint pk_case_fact primary key (fact_key);
alter table case_fact add constraint uq_case_fact_case unique (case_id);
alter table case_fact add constraint fk_case_fact_case foreign key (case_id) references mediation_case(id);
create index ix_case_fact_unit on case_fact(unit_id, received_date);
