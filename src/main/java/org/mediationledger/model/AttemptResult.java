package org.mediationledger.model;

/** 调解成功 / 调解不成 / 部分达成. */
public enum AttemptResult {
    SUCCESS, FAILURE, PARTIAL
}
