package org.mediationledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the screening ledger (矛盾纠纷排查化解台账) with its standard columns; a zero report is a line
 * of its own (findingId null). Phones in parties are already masked.
 */
public record LedgerRow(UUID roundId, UUID findingId, UUID caseId, int number, LocalDate date, String unit, String grid, String disputeType, String parties,
                        String summary, Integer peopleInvolved, BigDecimal amountInvolved, RiskLevel riskLevel,
                        String leader, String responsible, String measures, String deadline, String result, String notes) {
}
