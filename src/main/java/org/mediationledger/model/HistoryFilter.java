package org.mediationledger.model;

import java.time.LocalDate;

/**
 * Which entries of the history to show: by person, by case number (whole or as in 2026-13), by kind of change, by
 * day; empty fields mean all. At most {@code limit} entries, newest first.
 */
public record HistoryFilter(String userName, String caseNumber, String action, LocalDate from, LocalDate to, int limit) {
    public static HistoryFilter all() {
        return new HistoryFilter(null, null, null, null, null, 500);
    }
}
