-- One row per screening round with what the figures count (docs/decisions/0004): stored in date order under its key,
-- kept in the transactions that write a round or a finding's status, rebuilt from the rounds at will.
create sequence round_fact_seq;
create table round_fact (
    fact_key    bigint primary key,
    round_id    uuid not null,
    unit_id     uuid not null,
    grid_id     uuid,
    round_date  date not null,
    deleted     boolean not null,
    findings    int not null,
    handled     int not null,
    constraint uq_round_fact_round unique (round_id),
    constraint fk_round_fact_round foreign key (round_id) references screening_round(id)
);
create index ix_round_fact_unit on round_fact(unit_id, round_date);

insert into round_fact
select datediff(day, date '1970-01-01', r.round_date) * 4294967296 + next value for round_fact_seq, r.id, r.unit_id, r.grid_id,
       r.round_date, r.deleted,
       (select count(*) from finding f where f.round_id = r.id and not f.deleted),
       (select count(*) from finding f where f.round_id = r.id and not f.deleted and f.status in ('RESOLVED', 'BECAME_CASE'))
from screening_round r;
