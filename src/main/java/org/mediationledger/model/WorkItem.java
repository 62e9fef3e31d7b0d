package org.mediationledger.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of "my work": a case (or a leader matter, which may be a finding with no case: caseId null) that needs doing
 * something by a date. caseNumber is how the line names it.
 */
public record WorkItem(Kind kind, UUID caseId, String caseNumber, LocalDate date, long days) {

    public enum Kind { OVERDUE, LEADER_OVERDUE, PETITION_LATE, DUE_SOON, LEADER_DUE_SOON, NEXT_STEP_OWED, AWAITING_FOLLOW_UP,
        CONFIRMATION_CLOSING }
}
