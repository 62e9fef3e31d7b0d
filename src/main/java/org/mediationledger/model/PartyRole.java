package org.mediationledger.model;

/** 申请人 / 被申请人. */
public enum PartyRole {
    APPLICANT, RESPONDENT
}
