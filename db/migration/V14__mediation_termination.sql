-- A failed attempt no longer concludes a case (issue 12): the case stays in mediation until the clerk records the
-- next step — escalate, refer out, or end the mediation as failed (调解终结). That last step is dated and has a
-- reason; it is the only way into FAILED from now on.
alter table mediation_case add column terminated_date date;
alter table mediation_case add column termination_reason varchar(2000);

-- Cases that a failed attempt put into FAILED under the old rule keep their figures: they are taken as ended on the
-- date of their last failed attempt, and say so. (They can still be escalated or referred out, as before.)
update mediation_case c
   set terminated_date = coalesce((select max(a.attempt_date) from mediation_attempt a
                                    where a.case_id = c.id and not a.deleted and a.result = 'FAILURE'), c.received_date),
       termination_reason = '调解不成（此前版本按未成功的调解记为调解不成）'
 where c.status = 'FAILED';
