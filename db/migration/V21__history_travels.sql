-- Issue 17: the history travels with the rows. A ledger keeps the entries another ledger sent it as copies in its own
-- chain (their own user, time and changes; the sender's name beside the user); origin names where a copy came from
-- (the sender's node and the entry's id there), so a copy is taken once however often it arrives, and a copy is never
-- sent on. Per peer: the newest history entry of ours the peer has acknowledged, and of theirs we have received.
alter table audit_log add column origin varchar(120);
create unique index ux_audit_origin on audit_log(origin);
alter table exchange_node add column history_acked_seq bigint not null default 0;
alter table exchange_node add column history_received_seq bigint not null default 0;
