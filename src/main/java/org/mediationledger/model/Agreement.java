package org.mediationledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * 调解协议书 (written) or 口头协议 (oral). A written agreement takes effect once every party and the mediator have
 * signed and the committee has sealed; an oral one on the day it is reached. Judicial confirmation may be applied
 * for within 30 days after it takes effect.
 */
public record Agreement(UUID id, boolean written, LocalDate reachedDate, String factsAndResponsibilities, String terms,
                        BigDecimal amount, String performanceManner, LocalDate performanceDeadline,
                        LocalDate partiesSignedDate, LocalDate mediatorSignedDate, LocalDate sealedDate,
                        LocalDate confirmationAppliedDate, String courtDecision, LocalDate courtDecisionDate) {

    public static final int CONFIRMATION_DAYS = 30;

    /** The day it takes effect, once it has. */
    public Optional<LocalDate> effectiveDate() {
        if (!written) {
            return Optional.ofNullable(reachedDate);
        }
        if (partiesSignedDate == null || mediatorSignedDate == null || sealedDate == null) {
            return Optional.empty();
        }
        LocalDate last = partiesSignedDate;
        if (mediatorSignedDate.isAfter(last)) {
            last = mediatorSignedDate;
        }
        if (sealedDate.isAfter(last)) {
            last = sealedDate;
        }
        return Optional.of(last);
    }

    /** The last day an application for judicial confirmation may be made. */
    public Optional<LocalDate> confirmationDeadline() {
        return effectiveDate().map(d -> d.plusDays(CONFIRMATION_DAYS));
    }

    /** Days left to apply for judicial confirmation (negative once the window has closed). */
    public Optional<Long> confirmationDaysLeft(LocalDate today) {
        return confirmationDeadline().map(d -> java.time.temporal.ChronoUnit.DAYS.between(today, d));
    }
}
