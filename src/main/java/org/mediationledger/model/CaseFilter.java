package org.mediationledger.model;

import java.time.LocalDate;
import java.util.UUID;

/** The case list's filters; null means "any". text searches case number, party names and summary. */
public record CaseFilter(UUID unitId, UUID disputeTypeId, CaseStatus status, RiskLevel riskLevel, LocalDate from,
                         LocalDate to, String text, boolean oralAgreementsOnly) {

    public CaseFilter(UUID unitId, UUID disputeTypeId, CaseStatus status, RiskLevel riskLevel, LocalDate from, LocalDate to,
                      String text) {
        this(unitId, disputeTypeId, status, riskLevel, from, to, text, false);
    }

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, null, null);
    }

    /** The same filter for one unit only. */
    public CaseFilter inUnit(UUID unit) {
        return new CaseFilter(unit, disputeTypeId, status, riskLevel, from, to, text, oralAgreementsOnly);
    }

    /** 口头协议登记: the cases settled by an oral agreement. */
    public CaseFilter oralOnly(boolean on) {
        return new CaseFilter(unitId, disputeTypeId, status, riskLevel, from, to, text, on);
    }
}
