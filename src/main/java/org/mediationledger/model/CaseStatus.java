package org.mediationledger.model;

/** Where a case stands on its path; a new case is REGISTERED (受理). */
public enum CaseStatus {
    REGISTERED, IN_MEDIATION, AGREEMENT_REACHED, FAILED, WITHDRAWN, REFERRED_OUT, PERFORMANCE, FOLLOWED_UP, CLOSED, ARCHIVED;

    /** Still in the office's hands: counted as an open case. */
    public boolean isOpen() {
        return switch (this) {
            case CLOSED, ARCHIVED, WITHDRAWN, REFERRED_OUT -> false;
            default -> true;
        };
    }
}
