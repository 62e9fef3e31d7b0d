package org.mediationledger.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * A case as written in a JSON file for the command line: reference data by name, enums by constant or by their
 * Chinese label, dates as 2026-11-26. findingId (a screening finding, as `screening ledger --format json` gives it) or
 * receptionMatterId (a visitor's matter, as `reception list --format json` gives it) opens the case from it and links
 * the two in the same transaction, as the window does.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record CaseInput(String source, String disputeType, String unit, String grid, String summary, String requests,
                        Integer peopleInvolved, BigDecimal amountInvolved, String riskLevel, String receivedDate,
                        String mediator, List<PartyInput> parties, String findingId, String receptionMatterId) {

    /** A case on its own, opened from nothing else. */
    public CaseInput(String source, String disputeType, String unit, String grid, String summary, String requests,
                     Integer peopleInvolved, BigDecimal amountInvolved, String riskLevel, String receivedDate,
                     String mediator, List<PartyInput> parties) {
        this(source, disputeType, unit, grid, summary, requests, peopleInvolved, amountInvolved, riskLevel, receivedDate, mediator,
                parties, null, null);
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record PartyInput(String role, String name, String gender, String ethnicity, String birthDate, Integer age,
                             String occupation, String phone, String address, String idNumber) {
    }
}
