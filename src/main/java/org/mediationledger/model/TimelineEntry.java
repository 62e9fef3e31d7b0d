package org.mediationledger.model;

import java.time.LocalDate;

/** One step of a case's path as the timeline shows it. */
public record TimelineEntry(LocalDate date, String kind, String title, String detail) {
}
