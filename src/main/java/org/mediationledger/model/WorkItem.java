package org.mediationledger.model;

import java.time.LocalDate;
import java.util.UUID;

/** A line of "my work": a case that needs doing something by a date. */
public record WorkItem(Kind kind, UUID caseId, String caseNumber, LocalDate date, long days) {

    public enum Kind { OVERDUE, DUE_SOON, AWAITING_FOLLOW_UP, CONFIRMATION_CLOSING }
}
