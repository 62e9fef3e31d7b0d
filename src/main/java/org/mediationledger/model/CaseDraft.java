package org.mediationledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the intake form edits: everything of a case that a clerk types. */
public record CaseDraft(CaseSource source, UUID disputeTypeId, UUID unitId, UUID gridId, String summary, String requests,
                        Integer peopleInvolved, BigDecimal amountInvolved, RiskLevel riskLevel, LocalDate receivedDate,
                        UUID mediatorId, List<Party> parties) {

    public CaseDraft {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    public CaseDraft withParties(List<Party> newParties) {
        return new CaseDraft(source, disputeTypeId, unitId, gridId, summary, requests, peopleInvolved, amountInvolved,
                riskLevel, receivedDate, mediatorId, newParties);
    }

    public CaseDraft withMediator(UUID mediator) {
        return new CaseDraft(source, disputeTypeId, unitId, gridId, summary, requests, peopleInvolved, amountInvolved,
                riskLevel, receivedDate, mediator, parties);
    }

    public CaseDraft withSummary(String text) {
        return new CaseDraft(source, disputeTypeId, unitId, gridId, text, requests, peopleInvolved, amountInvolved,
                riskLevel, receivedDate, mediatorId, parties);
    }
}
