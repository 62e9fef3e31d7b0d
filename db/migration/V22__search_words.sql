-- The search box without reading every case (issue 20, decision 0016): a word index of each case's number, summary and
-- party names. Derived data, rebuilt from the cases at any time: a case written since it was indexed waits in
-- search_pending (set in the same transaction as the write), and the index catches up before it is read.
-- search_case: the case's place in the index (a new place each time it is indexed again; the old words then point to no case)
create table search_case (
    case_id  uuid primary key,
    no       int not null
);
create unique index ix_search_case_no on search_case(no);
-- one row per word and case: (the word's code << 32) + the case's place — one number, its own primary key
create table search_gram (
    gram_key bigint primary key
);
-- cases whose words are not indexed yet (all of them, the first time)
create table search_pending (
    case_id  uuid primary key
);
insert into search_pending (case_id) select id from mediation_case;
