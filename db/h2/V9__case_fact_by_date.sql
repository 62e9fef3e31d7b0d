-- case_fact stored in order of the received date (docs/decisions/0004): a BIGINT primary key is H2's row key, so a key
-- of (epoch day << 32) + a sequence number puts one period's rows side by side and a period is one range read.
create sequence case_fact_seq;
create table case_fact2 as select * from case_fact where false;
alter table case_fact2 add column fact_key bigint not null before case_id;
insert into case_fact2 select datediff(day, date '1970-01-01', received_date) * 4294967296 + next value for case_fact_seq, *
    from case_fact;
drop table case_fact;
alter table case_fact2 rename to case_fact;
alter table case_fact add constraint pk_case_fact primary key (fact_key);
alter table case_fact add constraint uq_case_fact_case unique (case_id);
alter table case_fact add constraint fk_case_fact_case foreign key (case_id) references mediation_case(id);
create index ix_case_fact_unit on case_fact(unit_id, received_date);
