package org.mediationledger.model;

/** How a matter brought to a reception day is handled: 当场答复 / 转为调解案件 / 登记为信访事项. */
public enum MatterHandling {
    ANSWERED, CASE_OPENED, PETITION
}
