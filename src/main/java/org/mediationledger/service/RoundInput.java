package org.mediationledger.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** A screening round as written in a JSON file: no findings means a zero report. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record RoundInput(String date, String unit, String grid, String kind, String lead, List<String> screeners,
                         String notes, List<FindingInput> findings) {

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record FindingInput(String summary, String disputeType, List<PartyInput> parties, Integer peopleInvolved,
                               BigDecimal amountInvolved, String riskLevel, String measures, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record PartyInput(String name, String phone) {
    }
}
