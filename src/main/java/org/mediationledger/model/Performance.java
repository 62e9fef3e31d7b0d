package org.mediationledger.model;

import java.time.LocalDate;
import java.util.UUID;

/** How the agreement was performed, as of a date. */
public record Performance(UUID id, PerformanceStatus status, LocalDate date, String notes) {
}
