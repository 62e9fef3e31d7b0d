package org.mediationledger.model;

/** 已履行 / 部分履行 / 未履行. */
public enum PerformanceStatus {
    PERFORMED, PARTLY, NOT_PERFORMED
}
