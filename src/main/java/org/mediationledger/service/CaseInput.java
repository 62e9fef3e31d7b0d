package org.mediationledger.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * A case as written in a JSON file for the command line: reference data by name, enums by constant or by their
 * Chinese label, dates as 2026-11-26.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record CaseInput(String source, String disputeType, String unit, String grid, String summary, String requests,
                        Integer peopleInvolved, BigDecimal amountInvolved, String riskLevel, String receivedDate,
                        String mediator, List<PartyInput> parties) {

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record PartyInput(String role, String name, String gender, String ethnicity, String birthDate, Integer age,
                             String occupation, String phone, String address, String idNumber) {
    }
}
