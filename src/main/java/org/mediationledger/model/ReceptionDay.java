package org.mediationledger.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** 领导接访日: a leader receives residents on a day at a place; the matters they bring. */
public record ReceptionDay(UUID id, LocalDate date, UUID leaderId, String place, List<ReceptionMatter> matters) {

    public ReceptionDay {
        matters = matters == null ? List.of() : List.copyOf(matters);
    }
}
