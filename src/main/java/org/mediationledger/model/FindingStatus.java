package org.mediationledger.model;

/** 稳控中 / 化解中 / 已化解 / 已转案件. */
public enum FindingStatus {
    MONITORING, RESOLVING, RESOLVED, BECAME_CASE;

    /** 已处置: resolved, or turned into a mediation case — the numerator of the 调处率, counted nowhere else. */
    public static final java.util.Set<FindingStatus> HANDLED =
            java.util.Collections.unmodifiableSet(java.util.EnumSet.of(RESOLVED, BECAME_CASE));

    public boolean handled() {
        return HANDLED.contains(this);
    }
}
