-- A matter brought to a leader reception day may be opened as a mediation case; the case is linked here, at most
-- one case per matter (H2 lets several rows keep NULL under a unique index).
alter table reception_matter add column case_id uuid references mediation_case(id);
create unique index ux_reception_matter_case on reception_matter(case_id);
