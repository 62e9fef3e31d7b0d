package org.mediationledger.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A village or residents' committee of the township, with its life: the day it was set up and, once merged or
 * renamed away, the day it was retired (null while it exists). Its weeks count for screening compliance only while
 * it exists; retired, it stays in the history and in the figures of its periods but takes no new records.
 */
public record Unit(UUID id, String name, UnitKind kind, int sortOrder, int version, LocalDate establishedOn,
                   LocalDate retiredOn) {

    /** A unit whose dates are not known here (a new one gets them on saving: set up today). */
    public Unit(UUID id, String name, UnitKind kind, int sortOrder, int version) {
        this(id, name, kind, sortOrder, version, null, null);
    }

    /** Whether the unit existed on the day: set up on or before it, and not yet retired (retired on that day: gone). */
    public boolean existsOn(LocalDate day) {
        return (establishedOn == null || !establishedOn.isAfter(day)) && (retiredOn == null || day.isBefore(retiredOn));
    }

    /** Whether a week counts for the unit: it existed on the week's Thursday, the day that places a week in a period. */
    public boolean existsIn(IsoWeek week) {
        return existsOn(week.monday().plusDays(3));
    }

    /** Why a record of this unit cannot carry the day: the unit was not yet set up, or already retired. */
    public java.util.Optional<Problem> lifeProblem(String field, LocalDate day) {
        if (day == null || existsOn(day)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(retiredOn != null && !day.isBefore(retiredOn)
                ? Problem.error(field, "error.unitRetired", name, retiredOn.toString())
                : Problem.error(field, "error.unitNotYet", name, establishedOn.toString()));
    }

    public boolean retired() {
        return retiredOn != null;
    }

    public Unit withDates(LocalDate established, LocalDate retired) {
        return new Unit(id, name, kind, sortOrder, version, established, retired);
    }
}
