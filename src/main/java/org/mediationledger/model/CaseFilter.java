package org.mediationledger.model;

import java.time.LocalDate;
import java.util.UUID;

/** The case list's filters; null means "any". text searches case number, party names and summary. */
public record CaseFilter(UUID unitId, UUID disputeTypeId, CaseStatus status, RiskLevel riskLevel, LocalDate from,
                         LocalDate to, String text) {

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, null, null);
    }
}
