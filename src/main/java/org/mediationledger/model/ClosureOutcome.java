package org.mediationledger.model;

/** 案结事了 / 息诉罢访 / 移交处理. */
public enum ClosureOutcome {
    RESOLVED, PETITION_STOPPED, TRANSFERRED
}
