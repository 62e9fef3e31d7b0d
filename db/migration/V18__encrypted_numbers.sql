-- Citizens' numbers encrypted at rest (issue 15). Once the first administrator exists the ledger has one random data
-- key; it is kept here only wrapped (AES-GCM) under each account's password and under the recovery key the
-- administrator printed. ID numbers, phones and addresses are stored sealed ("e1:…", longer than the typed text),
-- and an ID number also as a keyed hash (HMAC) so the same number is found exactly without being readable.
create table data_key (
    id                uuid primary key,
    ledger_key        boolean not null default true unique,  -- one data key per ledger: a second row is refused
    recovery_wrapped  varchar(200) not null,        -- the data key under the recovery key
    created_at        timestamp not null,
    updated_at        timestamp not null,
    version           int not null default 1,
    deleted           boolean not null default false
);

alter table account add column wrapped_key varchar(200);   -- the data key under this account's password

alter table party alter column id_number set data type varchar(200);
alter table party alter column phone set data type varchar(200);
alter table party alter column address set data type varchar(1600);
alter table party add column id_number_hash varchar(64);
create index ix_party_id_hash on party(id_number_hash);
alter table finding_party alter column phone set data type varchar(200);
alter table reception_matter alter column visitor_phone set data type varchar(200);
