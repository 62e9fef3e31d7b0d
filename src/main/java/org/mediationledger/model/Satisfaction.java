package org.mediationledger.model;

/** 满意 / 基本满意 / 不满意. */
public enum Satisfaction {
    SATISFIED, FAIRLY_SATISFIED, DISSATISFIED
}
