package org.mediationledger.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** 调解记录: one attempt at mediation, at one level, with its result. */
public record MediationAttempt(UUID id, MediationLevel level, MediationKind kind, LocalDate date, String place,
                               List<UUID> mediatorIds, String otherParticipants, String applicantStatement,
                               String respondentStatement, String facts, AttemptResult result, String notes) {

    public MediationAttempt {
        mediatorIds = mediatorIds == null ? List.of() : List.copyOf(mediatorIds);
    }
}
