package org.mediationledger.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Everything on a case's path, as stored; the derived facts (resolution level, deadline) are computed here. */
public record PathState(UUID caseId, CaseStatus status, LocalDate received, MediationLevel currentLevel, String referredTo,
                        List<MediationAttempt> attempts, List<Escalation> escalations, Agreement agreement,
                        List<Performance> performances, List<FollowUp> followUps, List<Extension> extensions,
                        Prevention prevention, Termination termination) {

    /** The last attempt failed and the next step (escalate, refer out, end the mediation) is still to be recorded. */
    public boolean awaitingNextStep() {
        return CasePath.awaitingNextStep(status, attempts, escalations);
    }

    public Optional<MediationLevel> resolutionLevel() {
        return CasePath.resolutionLevel(attempts);
    }

    public LocalDate deadline(int mediationDays) {
        return CasePath.mediationDeadline(received, mediationDays, extensions);
    }

    public boolean overdue(int mediationDays, LocalDate today) {
        return CasePath.overdue(status, deadline(mediationDays), today);
    }

    public Optional<Agreement> agreementIfAny() {
        return Optional.ofNullable(agreement);
    }
}
