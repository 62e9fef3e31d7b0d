-- One row per case with what the figures count (docs/decisions/0004): a summary kept exact on every write to a case
-- or its path, rebuilt from the base tables at will, and checked against a full recount in the tests. It holds no
-- data of its own, so it has no audit trail, version or soft delete of its own (the case's "deleted" is copied).
create table case_fact (
    case_id          uuid primary key references mediation_case(id),
    unit_id          uuid not null,
    grid_id          uuid,
    dispute_type_id  uuid not null,
    source           varchar(30) not null,
    received_date    date not null,
    deleted          boolean not null,
    is_open          boolean not null,
    res_level        int,            -- level of the last successful attempt: 1 village, 2 township, 3 judicial
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
create index ix_case_fact_received on case_fact(received_date, unit_id);
create index ix_case_fact_unit on case_fact(unit_id, received_date);
create index ix_round_unit_date on screening_round(unit_id, round_date);

insert into case_fact
select c.id, c.unit_id, c.grid_id, c.dispute_type_id, c.source, c.received_date, c.deleted,
       c.status in ('REGISTERED', 'IN_MEDIATION'),
       (select max(case a.level when 'VILLAGE' then 1 when 'TOWNSHIP' then 2 else 3 end) from mediation_attempt a
         where a.case_id = c.id and not a.deleted and a.result = 'SUCCESS'),
       exists (select 1 from mediation_attempt a where a.case_id = c.id and not a.deleted and a.level = 'VILLAGE'),
       exists (select 1 from mediation_attempt a where a.case_id = c.id and not a.deleted and a.level = 'TOWNSHIP'),
       exists (select 1 from mediation_attempt a where a.case_id = c.id and not a.deleted and a.level = 'JUDICIAL'),
       exists (select 1 from agreement g where g.case_id = c.id and not g.deleted),
       (select sum(coalesce(g.amount, 0)) from agreement g where g.case_id = c.id and not g.deleted),
       exists (select 1 from performance_record p where p.case_id = c.id and not p.deleted and p.status = 'PERFORMED'),
       c.prevented_suicide, c.prevented_criminal, c.stopped_fight, c.stopped_petition
from mediation_case c;
