package org.mediationledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One line of the case list, names already resolved. */
public record CaseSummary(UUID id, String caseNumber, LocalDate receivedDate, String unitName, String disputeTypeName,
                          String applicants, String respondents, String summary, RiskLevel riskLevel, CaseStatus status,
                          BigDecimal amountInvolved, LocalDate deadline) {

    /** Still being mediated after its deadline (the mediation period plus any extensions). */
    public boolean overdue(LocalDate today) {
        return CasePath.overdue(status, deadline, today);
    }
}
