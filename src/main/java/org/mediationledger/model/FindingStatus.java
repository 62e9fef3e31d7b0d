package org.mediationledger.model;

/** 稳控中 / 化解中 / 已化解 / 已转案件. */
public enum FindingStatus {
    MONITORING, RESOLVING, RESOLVED, BECAME_CASE
}
