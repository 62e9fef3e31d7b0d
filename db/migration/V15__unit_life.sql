-- Units have a life (issue 12): the day a village or community was set up and, when merged or renamed, the day it
-- was retired. Screening compliance counts only the weeks in which a unit existed; a retired unit, grid or staff
-- member stays in the history and in the figures of the periods when it was active, but is offered no more for new
-- records.
alter table unit add column established_on date;
alter table unit add column retired_on date;
alter table micro_grid add column retired_on date;
alter table staff add column retired_on date;

-- A unit already in the ledger existed at least since it was entered or since its first record, whichever is earlier
-- (the clerk can set the true date later: units edit NAME --established DATE, or the settings page).
update unit u set established_on = least(cast(u.created_at as date),
        coalesce((select min(r.round_date) from screening_round r where r.unit_id = u.id), cast(u.created_at as date)),
        coalesce((select min(c.received_date) from mediation_case c where c.unit_id = u.id), cast(u.created_at as date)));
alter table unit alter column established_on set not null;

-- Units deleted before deleting was refused for units with a history come back as retired on the day they were
-- deleted, so that their weeks and cases count again in the periods when they were active.
update unit u set deleted = false, retired_on = cast(u.updated_at as date)
 where u.deleted and (exists (select 1 from screening_round r where r.unit_id = u.id and not r.deleted)
                      or exists (select 1 from mediation_case c where c.unit_id = u.id and not c.deleted));
