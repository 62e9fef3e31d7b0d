package org.mediationledger.model;

import java.time.LocalDate;
import java.util.UUID;

/** 微网格: a micro-grid inside a unit; retired (retiredOn set) it stays in the history but takes no new records. */
public record MicroGrid(UUID id, UUID unitId, String name, int sortOrder, int version, LocalDate retiredOn) {

    public MicroGrid(UUID id, UUID unitId, String name, int sortOrder, int version) {
        this(id, unitId, name, sortOrder, version, null);
    }

    public boolean retired() {
        return retiredOn != null;
    }
}
