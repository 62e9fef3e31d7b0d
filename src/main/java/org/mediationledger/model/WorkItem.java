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

    /** Past its date already (red on the dashboard), as against due soon (amber). */
    public boolean late() {
        return switch (kind) {
            case OVERDUE, LEADER_OVERDUE, PETITION_LATE, AWAITING_FOLLOW_UP, NEXT_STEP_OWED -> true;
            default -> false;
        };
    }

    /**
     * Most urgent first: what is late before what is due; within each, by kind (a mediation past its legal deadline
     * before a leader matter, a petition, a next step owed, a follow-up), then the longest late or the soonest due.
     */
    public static final java.util.Comparator<WorkItem> BY_URGENCY = java.util.Comparator.comparing((WorkItem w) -> !w.late())
            .thenComparing(WorkItem::kind).thenComparingLong(w -> w.late() ? -w.days() : w.days()).thenComparing(WorkItem::caseNumber);
}
