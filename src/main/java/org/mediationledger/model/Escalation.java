package org.mediationledger.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The case moves up a level (toLevel set) or out of mediation (outTo set: 诉讼, 仲裁 or a named department), on a
 * date, for a reason.
 */
public record Escalation(UUID id, LocalDate date, MediationLevel fromLevel, MediationLevel toLevel, String outTo,
                         String reason) {

    public boolean isOut() {
        return toLevel == null;
    }
}
