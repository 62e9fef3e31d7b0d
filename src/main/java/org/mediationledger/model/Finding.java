package org.mediationledger.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A dispute found in a screening round. caseId is set once a case was opened from it. */
public record Finding(UUID id, String summary, UUID disputeTypeId, List<FindingParty> parties, Integer peopleInvolved,
                      BigDecimal amountInvolved, RiskLevel riskLevel, String measures, FindingStatus status, UUID caseId) {

    public Finding {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
