package org.mediationledger.model;

/** 案件来源: where a people's-mediation case came from (docs/domain.md). */
public enum CaseSource {
    PARTY_APPLICATION, OWN_INITIATIVE, SCREENING, POLICE_TRANSFER, COURT_ENTRUSTED, GOVERNMENT_ASSIGNED, PETITION
}
