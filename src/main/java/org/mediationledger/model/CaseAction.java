package org.mediationledger.model;

/** What can happen to a case on its path; each is allowed only from some states. */
public enum CaseAction {
    ATTEMPT, ESCALATE, REFER_OUT, TERMINATE, AGREE, PERFORM, FOLLOW_UP, WITHDRAW, CLOSE, ARCHIVE
}
