package org.mediationledger.model;

import java.time.LocalDate;
import java.util.UUID;

/** A named date range (春节, 国庆, a major meeting) in which every unit screens roundsPerDay times a day. */
public record SensitivePeriod(UUID id, String name, LocalDate start, LocalDate end, int roundsPerDay) {

    public boolean contains(LocalDate d) {
        return !d.isBefore(start) && !d.isAfter(end);
    }
}
