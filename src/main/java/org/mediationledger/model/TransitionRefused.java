package org.mediationledger.model;

/** A step the rules forbid for a case in its state; the message key says why in one sentence. */
public class TransitionRefused extends RuntimeException {
    private final CaseStatus from;
    private final CaseAction action;

    public TransitionRefused(CaseStatus from, CaseAction action) {
        super(action + " not allowed from " + from);
        this.from = from;
        this.action = action;
    }

    public CaseStatus from() {
        return from;
    }

    public CaseAction action() {
        return action;
    }

    public String messageKey() {
        return from == CaseStatus.ARCHIVED ? "path.refused.archived" : "path.refused";
    }
}
